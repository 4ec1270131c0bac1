package org.ctphub.domain.problem;

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
 * One field of one problem changed: what it was, what it became, who changed it, when, and from
 * which version of the problem. Written once, never changed: the problem's change log, from which
 * its timeline and the "what changed since you started" of an edit conflict are read. Not loaded
 * with the problem (lists of problems never need it); {@link Problems} reads it on demand.
 */
@Entity
@Table(name = "problem_change")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class ProblemChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "problem_id", nullable = false, updatable = false)
    private Long problemId;

    /** The version of the problem the change was made to; the change made it {@code fromVersion + 1}. */
    @Column(name = "from_version", nullable = false, updatable = false)
    private long fromVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_name", nullable = false, updatable = false, length = 24)
    private ProblemField field;

    @Column(name = "before_value", updatable = false)
    private String before;

    @Column(name = "after_value", updatable = false)
    private String after;

    @Column(name = "actor_subject", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String actorName;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ProblemChange() {
        // for JPA
    }

    /** The change of one field of a problem that is already stored (it has an id). */
    public ProblemChange(Problem problem, FieldChange change, Actor by, Instant at) {
        this.problemId = Objects.requireNonNull(problem.id(), "a stored problem");
        this.fromVersion = problem.version();
        this.field = change.field();
        this.before = change.before();
        this.after = change.after();
        this.actorSubject = by.subject();
        this.actorName = by.name();
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public long fromVersion() {
        return fromVersion;
    }

    public ProblemField field() {
        return field;
    }

    public FieldChange change() {
        return new FieldChange(field, before, after);
    }

    public Actor by() {
        return new Actor(actorSubject, actorName);
    }

    public Instant at() {
        return changedAt;
    }
}
