package org.ctphub.domain.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.tenancy.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One step in a problem's history: from which status to which, why, by whom and when. The first
 * step of every problem has no "from". Never changed once written.
 */
@Entity
@Table(name = "problem_status_change")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class ProblemStatusChange {

    public static final int MAX_WHY_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "problem_id", nullable = false, updatable = false)
    private Problem problem;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 24)
    private ProblemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 24)
    private ProblemStatus toStatus;

    @Column(name = "why", updatable = false, length = MAX_WHY_LENGTH)
    private String why;

    @Column(name = "actor_subject", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String actorName;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ProblemStatusChange() {
        // for JPA
    }

    ProblemStatusChange(
            Problem problem, ProblemStatus fromStatus, ProblemStatus toStatus, String why, Actor actor, Instant at) {
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
        this.why = why;
        this.actorSubject = actor.subject();
        this.actorName = actor.name();
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    /** Absent for the first step, when the problem was raised. */
    public Optional<ProblemStatus> from() {
        return Optional.ofNullable(fromStatus);
    }

    public ProblemStatus to() {
        return toStatus;
    }

    public Optional<String> why() {
        return Optional.ofNullable(why);
    }

    public Actor actor() {
        return new Actor(actorSubject, actorName);
    }

    public Instant changedAt() {
        return changedAt;
    }
}
