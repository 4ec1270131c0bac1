package org.ctphub.domain.solution;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.ctphub.domain.shared.Actor;

/**
 * One published state of a solution, numbered from 1, exactly as it was published and never
 * changed after: what the library shows, what a fork is based on, and what "what changed since
 * you forked" compares. Not tenant-owned: published revisions are the network's to read, so the
 * partnership is an ordinary column here, and the library reads them only through its own
 * read model. Every column is {@code updatable = false}.
 */
@Entity
@Table(name = "solution_revision")
public class SolutionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false, updatable = false)
    private Long partnershipId;

    @Column(name = "solution_id", nullable = false, updatable = false)
    private Long solutionId;

    @Column(name = "revision", nullable = false, updatable = false)
    private int number;

    @Column(name = "solution_slug", nullable = false, updatable = false, length = SolutionSlug.MAX_LENGTH)
    private String solutionSlug;

    @Embedded
    private SolutionContent content;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by_subject", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String publishedBySubject;

    @Column(name = "published_by_name", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String publishedByName;

    protected SolutionRevision() {
        // for JPA
    }

    SolutionRevision(Solution solution, int number, SolutionContent content, Actor by, Instant at) {
        this.solutionId = Objects.requireNonNull(solution.id(), "a stored solution");
        this.solutionSlug = solution.slug().value();
        this.number = number;
        this.content = Objects.requireNonNull(content, "content");
        this.publishedAt = Objects.requireNonNull(at, "at");
        this.publishedBySubject = by.subject();
        this.publishedByName = by.name();
    }

    /** Set once, by the use case that publishes, from the current partnership. */
    public void belongsTo(long partnership) {
        if (partnershipId != null) {
            throw new IllegalStateException("a revision's partnership never changes");
        }
        partnershipId = partnership;
    }

    public Long id() {
        return id;
    }

    public Long partnershipId() {
        return partnershipId;
    }

    public Long solutionId() {
        return solutionId;
    }

    public int number() {
        return number;
    }

    public SolutionSlug solutionSlug() {
        return new SolutionSlug(solutionSlug);
    }

    public SolutionFields fields() {
        return content.fields();
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Actor publishedBy() {
        return new Actor(publishedBySubject, publishedByName);
    }
}
