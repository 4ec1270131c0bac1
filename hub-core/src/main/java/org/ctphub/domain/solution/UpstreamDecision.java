package org.ctphub.domain.solution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.tenancy.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * What a fork decided about one field its upstream changed in one revision: adopted or skipped,
 * by whom and when. Written once, never changed; a field is decided once per upstream revision.
 * Tenant-owned: it is the fork's partnership's business.
 */
@Entity
@Table(name = "solution_upstream_decision")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class UpstreamDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "solution_id", nullable = false, updatable = false)
    private Long solutionId;

    @Column(name = "upstream_revision", nullable = false, updatable = false)
    private int upstreamRevision;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_name", nullable = false, updatable = false, length = 24)
    private SolutionField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "choice", nullable = false, updatable = false, length = 8)
    private UpstreamChoice choice;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decided_by_subject", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String decidedBySubject;

    @Column(name = "decided_by_name", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String decidedByName;

    protected UpstreamDecision() {
        // for JPA
    }

    /** The decision of a stored fork about one field of one revision of its upstream. */
    public UpstreamDecision(
            Solution fork,
            SolutionRevision upstream,
            SolutionField field,
            UpstreamChoice choice,
            Actor by,
            Instant at) {
        if (!fork.isFork() || !fork.upstreamSolutionId().orElseThrow().equals(upstream.solutionId())) {
            throw new IllegalArgumentException("revision " + upstream.number() + " is not of this fork's upstream");
        }
        this.solutionId = Objects.requireNonNull(fork.id(), "a stored fork");
        this.upstreamRevision = upstream.number();
        this.field = Objects.requireNonNull(field, "field");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.decidedAt = Objects.requireNonNull(at, "at");
        this.decidedBySubject = by.subject();
        this.decidedByName = by.name();
    }

    public Long id() {
        return id;
    }

    public Long solutionId() {
        return solutionId;
    }

    public int upstreamRevision() {
        return upstreamRevision;
    }

    public SolutionField field() {
        return field;
    }

    public UpstreamChoice choice() {
        return choice;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Actor decidedBy() {
        return new Actor(decidedBySubject, decidedByName);
    }
}
