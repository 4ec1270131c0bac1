package org.ctphub.domain.solution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the network knows of a solution outside its partnership: where it lives, its slug, whether
 * it is published or retired, the number and name of its latest published revision, and what it
 * was forked from. A solution is entered here when it is first published, a fork when it is made
 * (as a draft fork "in progress", whose slug and name the network never shows). Not tenant-owned:
 * the library, the lineage of forks and a fork's view of its upstream read it across partnerships,
 * which is why it holds nothing that a draft says. Only the partnership's own use cases change
 * it, in the transaction that changes the solution.
 */
@Entity
@Table(name = "network_solution")
public class NetworkSolution {

    @Id
    @Column(name = "solution_id", nullable = false, updatable = false)
    private Long solutionId;

    @Column(name = "partnership_id", nullable = false, updatable = false)
    private Long partnershipId;

    @Column(name = "slug", nullable = false, updatable = false, length = SolutionSlug.MAX_LENGTH)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SolutionStatus status;

    @Column(name = "latest_revision", nullable = false)
    private int latestRevision;

    @Column(name = "name", length = SolutionContent.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "tagline", length = SolutionContent.MAX_TAGLINE_LENGTH)
    private String tagline;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 24)
    private SolutionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "maturity", length = 16)
    private Maturity maturity;

    @Column(name = "licence", length = SolutionContent.MAX_LICENCE_LENGTH)
    private String licence;

    @Enumerated(EnumType.STRING)
    @Column(name = "connectivity", length = 24)
    private Connectivity connectivity;

    @Column(name = "monthly_cost_pounds")
    private Integer monthlyCostPounds;

    /** The latest revision's theme ids, delimited for a LIKE: {@code |loneliness|transport|}. */
    @Column(name = "theme_codes", length = 1100)
    private String themeCodes;

    /** The latest revision's language codes, delimited like the themes. */
    @Column(name = "language_codes", length = 250)
    private String languageCodes;

    @Column(name = "upstream_solution_id", updatable = false)
    private Long upstreamSolutionId;

    @Column(name = "forked_from_revision", updatable = false)
    private Integer forkedFromRevision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NetworkSolution() {
        // for JPA
    }

    private NetworkSolution(long partnershipId, Solution solution, Instant now) {
        this.solutionId = Objects.requireNonNull(solution.id(), "a stored solution");
        this.partnershipId = partnershipId;
        this.slug = solution.slug().value();
        this.status = SolutionStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    /** A solution published for the first time. */
    public static NetworkSolution published(
            long partnershipId, Solution solution, SolutionRevision first, Instant now) {
        NetworkSolution entry = new NetworkSolution(partnershipId, solution, now);
        solution.upstreamSolutionId().ifPresent(upstream -> {
            throw new IllegalArgumentException("a fork is entered when it is made");
        });
        entry.publish(first, now);
        return entry;
    }

    /** A fork just made, from {@code upstream}: in its upstream's lineage from now on, as work in progress. */
    public static NetworkSolution forked(long partnershipId, Solution fork, SolutionRevision upstream, Instant now) {
        if (!upstream.solutionId().equals(fork.upstreamSolutionId().orElse(null))) {
            throw new IllegalArgumentException("the fork of another solution");
        }
        NetworkSolution entry = new NetworkSolution(partnershipId, fork, now);
        entry.upstreamSolutionId = upstream.solutionId();
        entry.forkedFromRevision = upstream.number();
        return entry;
    }

    /** The solution published {@code revision}: it is in the library, under that revision's name. */
    public void publish(SolutionRevision revision, Instant now) {
        if (!solutionId.equals(revision.solutionId()) || revision.number() <= latestRevision) {
            throw new IllegalArgumentException("a newer revision of this solution");
        }
        status = SolutionStatus.PUBLISHED;
        latestRevision = revision.number();
        SolutionFields fields = revision.fields();
        name = fields.name();
        tagline = fields.tagline();
        kind = fields.kind();
        maturity = fields.maturity();
        licence = fields.licence();
        connectivity = fields.connectivity();
        monthlyCostPounds = fields.monthlyCostPounds();
        themeCodes = codes(fields.themes());
        languageCodes = codes(fields.languages());
        updatedAt = Objects.requireNonNull(now, "now");
    }

    public void retire(Instant now) {
        if (status != SolutionStatus.PUBLISHED) {
            throw new IllegalStateException("only a published solution is retired");
        }
        status = SolutionStatus.RETIRED;
        updatedAt = Objects.requireNonNull(now, "now");
    }

    /** Published or retired: its revisions are the network's to read, and it can be named. */
    public boolean isInLibrary() {
        return status != SolutionStatus.DRAFT;
    }

    /** Codes in the delimited form the library's filters look for: {@code |a|b|}, or null for none. */
    public static String codes(List<String> values) {
        return values.isEmpty() ? null : "|" + String.join("|", values) + "|";
    }

    /** The pattern a LIKE on {@link #codes} matches a list holding {@code code} with, escaping with {@code !}. */
    public static String codePattern(String code) {
        return "%|" + code.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "|%";
    }

    /** The codes a delimited column holds, in order. */
    public static List<String> split(String codes) {
        return codes == null
                ? List.of()
                : Arrays.stream(codes.split("\\|")).filter(c -> !c.isEmpty()).toList();
    }

    public Long solutionId() {
        return solutionId;
    }

    public Long partnershipId() {
        return partnershipId;
    }

    public SolutionSlug slug() {
        return new SolutionSlug(slug);
    }

    public SolutionStatus status() {
        return status;
    }

    /** 0 while never published. */
    public int latestRevision() {
        return latestRevision;
    }

    /** The latest published revision's name; absent while never published. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The latest published revision's tagline, kind, maturity, licence and card facts the library lists. */
    public Optional<String> tagline() {
        return Optional.ofNullable(tagline);
    }

    public Optional<SolutionKind> kind() {
        return Optional.ofNullable(kind);
    }

    public Optional<Maturity> maturity() {
        return Optional.ofNullable(maturity);
    }

    public Optional<String> licence() {
        return Optional.ofNullable(licence);
    }

    public Optional<Connectivity> connectivity() {
        return Optional.ofNullable(connectivity);
    }

    public Optional<Integer> monthlyCostPounds() {
        return Optional.ofNullable(monthlyCostPounds);
    }

    public List<String> themes() {
        return split(themeCodes);
    }

    public List<String> languages() {
        return split(languageCodes);
    }

    public Optional<Long> upstreamSolutionId() {
        return Optional.ofNullable(upstreamSolutionId);
    }

    public Optional<Integer> forkedFromRevision() {
        return Optional.ofNullable(forkedFromRevision);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
