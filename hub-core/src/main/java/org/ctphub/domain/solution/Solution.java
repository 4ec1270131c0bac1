package org.ctphub.domain.solution;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.ProblemReferenceConverter;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Texts;
import org.ctphub.domain.tenancy.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A solution in a partnership's workspace: the working copy its tech advisors edit. Publishing
 * checks the working copy (an open licence and a complete "can we run this?" card) and keeps it
 * as the next immutable {@link SolutionRevision}, which is what the network library shows. A
 * fork is a solution that names its upstream solution and the upstream revision it is based on.
 * Tenant-owned like every workspace record; its revisions are the network's to read.
 */
@Entity
@Table(name = "solution")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantOwned.COLUMN, contextProperty = TenantOwned.CONTEXT_PROPERTY)
public class Solution {

    public static final int MAX_ADAPTED_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, updatable = false, length = SolutionSlug.MAX_LENGTH)
    private String slug;

    @Embedded
    private SolutionContent content;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SolutionStatus status;

    /** The number of the latest published revision; 0 while never published. */
    @Column(name = "revision", nullable = false)
    private int revision;

    /** The solution this one was forked from (its id across the network), or null. */
    @Column(name = "upstream_solution_id", updatable = false)
    private Long upstreamSolutionId;

    /** The upstream revision this fork is based on: the one forked, moved on as changes are adopted. */
    @Column(name = "upstream_revision")
    private Integer upstreamRevision;

    @Convert(converter = ProblemReferenceConverter.class)
    @Column(name = "addresses_problem", length = 20)
    private ProblemReference addressesProblem;

    /** For a fork: what the partnership changed to make it its own. */
    @Column(name = "adapted", length = MAX_ADAPTED_LENGTH)
    private String adapted;

    /** For a fork: the key of the request that made it, so that the same request again finds it. */
    @Column(name = "fork_request_key", updatable = false, length = ForkRequestKey.MAX_LENGTH)
    private String forkRequestKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_subject", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String createdBySubject;

    @Column(name = "created_by_name", nullable = false, updatable = false, length = Actor.MAX_LENGTH)
    private String createdByName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_subject", nullable = false, length = Actor.MAX_LENGTH)
    private String updatedBySubject;

    @Column(name = "updated_by_name", nullable = false, length = Actor.MAX_LENGTH)
    private String updatedByName;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Solution() {
        // for JPA
    }

    private Solution(SolutionSlug slug, SolutionContent content, Actor by, Instant now) {
        this.slug = Objects.requireNonNull(slug, "slug").value();
        this.content = Objects.requireNonNull(content, "content");
        this.status = SolutionStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.createdBySubject = by.subject();
        this.createdByName = by.name();
        touch(by, now);
    }

    /** A new solution starts as a draft that only its partnership sees. */
    public static Solution draft(SolutionSlug slug, SolutionContent content, Actor by, Instant now) {
        return new Solution(slug, content, by, now);
    }

    /**
     * A partnership's own copy of a published revision of another solution, as a draft: the
     * upstream's content, but for themes the partnership's taxonomy lacks.
     */
    public static Solution forkOf(
            SolutionRevision upstream,
            SolutionSlug slug,
            ProblemReference addressesProblem,
            String adapted,
            Taxonomy taxonomy,
            Actor by,
            Instant now) {
        SolutionFields fields = upstream.fields();
        List<String> localThemes =
                fields.themes().stream().filter(taxonomy::contains).toList();
        SolutionFields local = fields.withThemes(localThemes);
        Solution fork = new Solution(slug, SolutionContent.of(local, taxonomy), by, now);
        fork.upstreamSolutionId = upstream.solutionId();
        fork.upstreamRevision = upstream.number();
        fork.addressesProblem = addressesProblem;
        fork.adapted = Texts.optional("adapted", adapted, MAX_ADAPTED_LENGTH);
        return fork;
    }

    /**
     * Remembers the request that made this fork, so that a retried request finds it. Set once,
     * before the fork is stored.
     */
    public void madeByRequest(ForkRequestKey key) {
        if (!isFork() || forkRequestKey != null || id != null) {
            throw new IllegalStateException("only a new fork remembers the request that made it");
        }
        forkRequestKey = Objects.requireNonNull(key, "key").value();
    }

    /**
     * Refuses a change made from an older version than this one, saying who changed it last and
     * when.
     *
     * @throws SolutionChangedException when the solution is no longer at {@code expectedVersion}
     */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new SolutionChangedException(updatedByName, updatedAt, version);
        }
    }

    /** Replaces the working copy. A published solution's library page changes only when it is published again. */
    public void edit(SolutionContent newContent, Actor by, Instant now) {
        if (content.fields().equals(newContent.fields())) {
            return;
        }
        content = Objects.requireNonNull(newContent, "newContent");
        touch(by, now);
    }

    /** For a fork: the local problem it addresses and what was adapted. */
    public void describeFork(ProblemReference problem, String newAdapted, Actor by, Instant now) {
        addressesProblem = problem;
        adapted = Texts.optional("adapted", newAdapted, MAX_ADAPTED_LENGTH);
        touch(by, now);
    }

    /**
     * Publishes the working copy as the next revision. A retired solution can be published
     * again. Nothing changed since the latest revision is nothing to publish.
     *
     * @param latest the latest revision, absent when never published
     * @throws InvalidInputException naming the first field publishing needs, or on {@code status}
     *     when there is nothing new to publish
     */
    public SolutionRevision publish(Optional<SolutionRevision> latest, Actor by, Instant now) {
        List<SolutionField> missing = content.missingForPublication();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(
                    missing.get(0).inputName(),
                    Refusal.of(
                            "solution.publish.incomplete",
                            missing.stream().map(SolutionField::inWords).toList()));
        }
        if (latest.isPresent()
                && status == SolutionStatus.PUBLISHED
                && latest.get().fields().equals(content.fields())) {
            throw new InvalidInputException("status", Refusal.of("solution.publish.unchanged", revision));
        }
        revision = revision + 1;
        status = SolutionStatus.PUBLISHED;
        touch(by, now);
        return new SolutionRevision(this, revision, content.copy(), by, now);
    }

    /** Takes a published solution out of the library's recommendations; its page and lineage stay. */
    public void retire(Actor by, Instant now) {
        if (status != SolutionStatus.PUBLISHED) {
            throw new InvalidInputException("status", Refusal.of("solution.retire.not-published"));
        }
        status = SolutionStatus.RETIRED;
        touch(by, now);
    }

    /**
     * Takes one field of a newer upstream revision into the working copy (themes only as far as
     * the partnership's taxonomy has them).
     */
    public void adopt(SolutionField field, SolutionRevision upstream, Taxonomy taxonomy, Actor by, Instant now) {
        requireUpstream(upstream);
        SolutionFields theirs = upstream.fields();
        if (field == SolutionField.THEMES) {
            theirs = theirs.withThemes(
                    theirs.themes().stream().filter(taxonomy::contains).toList());
        }
        edit(SolutionContent.of(content.fields().withFieldFrom(field, theirs), taxonomy), by, now);
        // A decision is a change of the fork even when its copy already had the upstream's value.
        touch(by, now);
    }

    /** Leaves one field of a newer upstream revision as the fork has it: a decision, so it moves the version. */
    public void skip(SolutionField field, SolutionRevision upstream, Actor by, Instant now) {
        Objects.requireNonNull(field, "field");
        requireUpstream(upstream);
        touch(by, now);
    }

    /** The fork now follows {@code upstream}: every change up to it was adopted or skipped. */
    public void baseOn(SolutionRevision upstream, Actor by, Instant now) {
        requireUpstream(upstream);
        if (upstream.number() > upstreamRevision) {
            upstreamRevision = upstream.number();
            touch(by, now);
        }
    }

    private void requireUpstream(SolutionRevision upstream) {
        if (upstreamSolutionId == null || !upstreamSolutionId.equals(upstream.solutionId())) {
            throw new IllegalArgumentException("revision " + upstream.number() + " is not of this fork's upstream");
        }
    }

    public boolean isFork() {
        return upstreamSolutionId != null;
    }

    public boolean isPublished() {
        return status == SolutionStatus.PUBLISHED;
    }

    private void touch(Actor by, Instant now) {
        Objects.requireNonNull(by, "by");
        updatedAt = Objects.requireNonNull(now, "now");
        updatedBySubject = by.subject();
        updatedByName = by.name();
    }

    public Long id() {
        return id;
    }

    public SolutionSlug slug() {
        return new SolutionSlug(slug);
    }

    public SolutionContent content() {
        return content;
    }

    public SolutionFields fields() {
        return content.fields();
    }

    public SolutionStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public Optional<Long> upstreamSolutionId() {
        return Optional.ofNullable(upstreamSolutionId);
    }

    public Optional<Integer> upstreamRevision() {
        return Optional.ofNullable(upstreamRevision);
    }

    public Optional<ProblemReference> addressesProblem() {
        return Optional.ofNullable(addressesProblem);
    }

    public Optional<String> adapted() {
        return Optional.ofNullable(adapted);
    }

    public Optional<ForkRequestKey> forkRequestKey() {
        return Optional.ofNullable(forkRequestKey).map(ForkRequestKey::new);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Actor updatedBy() {
        return new Actor(updatedBySubject, updatedByName);
    }

    public long version() {
        return version;
    }
}
