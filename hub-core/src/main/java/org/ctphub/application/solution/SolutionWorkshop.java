package org.ctphub.application.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.ctphub.application.partnership.PartnershipTemplates;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.PartnershipNotFoundException;
import org.ctphub.domain.partnership.Partnerships;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.Problems;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.solution.NetworkSolution;
import org.ctphub.domain.solution.NetworkSolutions;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionContent;
import org.ctphub.domain.solution.SolutionFields;
import org.ctphub.domain.solution.SolutionNotFoundException;
import org.ctphub.domain.solution.SolutionRevision;
import org.ctphub.domain.solution.SolutionRevisions;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionSort;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.domain.solution.Solutions;

/**
 * The solutions of the current partnership, drafts included. Its tech advisors write them down,
 * edit them, publish them to the network library (each publication an immutable revision) and
 * retire them; its members (organisers too) and the central team read them. Changes name the
 * version the editor started from; a solution changed since is not overwritten
 * ({@link org.ctphub.domain.solution.SolutionChangedException}). Every change is audited, refusals
 * too.
 */
@ApplicationScoped
@Transactional
public class SolutionWorkshop {

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    Partnerships partnerships;

    @Inject
    PartnershipTemplates templates;

    @Inject
    Solutions solutions;

    @Inject
    SolutionRevisions revisions;

    @Inject
    NetworkSolutions network;

    @Inject
    Problems problems;

    @Inject
    Clock clock;

    @Inject
    Access access;

    @Inject
    SolutionAuditing auditing;

    /** A new draft, seen only by the partnership until it is published. */
    public Solution create(@NotNull NewSolution request) {
        return change("solution.create", request.slug(), () -> {
            Actor actor = advisor();
            SolutionSlug slug = new SolutionSlug(request.slug());
            if (solutions.existsBySlug(slug)) {
                throw new ConflictException(Refusal.of("solution.slug.taken", slug.value()));
            }
            Solution solution = Solution.draft(slug, content(request.fields()), actor, clock.instant());
            solutions.add(solution);
            return solution;
        });
    }

    /**
     * Replaces the working copy, if the solution is still at the version the editor started from.
     * A published solution's library page changes only when it is published again.
     */
    public Solution edit(@NotNull SolutionSlug slug, long expectedVersion, @NotNull SolutionFields fields) {
        return edit(slug, expectedVersion, current -> fields);
    }

    /**
     * Changes some fields of the working copy (a partial edit, such as the API's PATCH), applied to
     * the fields as they are inside this transaction, if the solution is still at the version the
     * editor started from.
     */
    public Solution edit(
            @NotNull SolutionSlug slug, long expectedVersion, @NotNull UnaryOperator<SolutionFields> change) {
        return change("solution.edit", slug.value(), () -> {
            Actor actor = advisor();
            Solution solution = get(slug);
            solution.requireVersion(expectedVersion);
            solution.edit(content(change.apply(solution.fields())), actor, clock.instant());
            return solution;
        });
    }

    /** For a fork: the problem of this partnership it addresses, and what was adapted. */
    public Solution describeFork(
            @NotNull SolutionSlug slug, long expectedVersion, @NotNull ProblemReference problem, String adapted) {
        return change("solution.describe-fork", slug.value(), () -> {
            Actor actor = advisor();
            Solution solution = get(slug);
            solution.requireVersion(expectedVersion);
            if (!solution.isFork()) {
                throw new InvalidInputException("adapted", Refusal.of("solution.fork.not-a-fork"));
            }
            if (problems.findByReference(problem).isEmpty()) {
                throw new InvalidInputException("problem", Refusal.of("solution.fork.problem-unknown", problem));
            }
            solution.describeFork(problem, adapted, actor, clock.instant());
            return solution;
        });
    }

    /**
     * Publishes the working copy as the solution's next revision, which the library shows from now
     * on; forks of it see what changed.
     *
     * @throws InvalidInputException naming what publishing still needs, or when nothing changed
     */
    public Solution publish(@NotNull SolutionSlug slug, long expectedVersion) {
        return auditing.run(
                "solution.publish",
                slug.value(),
                () -> {
                    Actor actor = advisor();
                    Solution solution = get(slug);
                    solution.requireVersion(expectedVersion);
                    Instant now = clock.instant();
                    SolutionRevision revision = solution.publish(revisions.latestOf(solution.id()), actor, now);
                    revision.belongsTo(here().id());
                    // The solution's row first: its update takes the lock that orders concurrent
                    // publishers, before the revision's foreign key shares it.
                    solutions.flush();
                    revisions.add(revision);
                    Optional<NetworkSolution> entry = network.find(solution.id());
                    if (entry.isPresent()) {
                        entry.get().publish(revision, now);
                    } else {
                        network.add(NetworkSolution.published(here().id(), solution, revision, now));
                    }
                    return solution;
                },
                solution -> solution.slug() + "/revisions/" + solution.revision());
    }

    /** Takes a published solution out of the library's recommendations; its page, revisions and lineage stay. */
    public Solution retire(@NotNull SolutionSlug slug, long expectedVersion) {
        return change("solution.retire", slug.value(), () -> {
            Actor actor = advisor();
            Solution solution = get(slug);
            solution.requireVersion(expectedVersion);
            Instant now = clock.instant();
            solution.retire(actor, now);
            network.find(solution.id())
                    .orElseThrow(() -> new IllegalStateException("a published solution is in the network's index"))
                    .retire(now);
            return solution;
        });
    }

    /** A solution of this partnership, draft or not, for its members and the central team. */
    public Solution get(@NotNull SolutionSlug slug) {
        requireReader();
        return solutions.findBySlug(slug).orElseThrow(SolutionNotFoundException::new);
    }

    public Optional<Solution> find(@NotNull SolutionSlug slug) {
        requireReader();
        return solutions.findBySlug(slug);
    }

    /** The partnership's solutions in the given statuses (all, when none are given), for its members and the central team. */
    public Page<Solution> list(
            @NotNull Set<SolutionStatus> statuses, @NotNull SolutionSort sort, @NotNull PageRequest pageRequest) {
        requireReader();
        Set<SolutionStatus> wanted =
                statuses.isEmpty() ? EnumSet.allOf(SolutionStatus.class) : EnumSet.copyOf(statuses);
        return solutions.list(wanted, sort, pageRequest);
    }

    /** Every published revision of one of the partnership's solutions, newest first. */
    public List<SolutionRevision> revisions(@NotNull SolutionSlug slug) {
        return revisions.listOf(get(slug).id());
    }

    /** The themes this partnership's solutions are filed under. */
    public Taxonomy taxonomy() {
        return templates.taxonomyOf(partnerships.find(here().id()).orElseThrow(PartnershipNotFoundException::new));
    }

    private SolutionContent content(SolutionFields fields) {
        return SolutionContent.of(fields, taxonomy());
    }

    private PartnershipRef here() {
        return currentPartnership.require();
    }

    /** Writing solutions is the partnership's tech advisors' work. */
    private Actor advisor() {
        Caller caller = access.requireMember(Role.TECH_ADVISOR);
        return new Actor(caller.subject(), caller.displayName());
    }

    /** Drafts are the partnership's own: its members, whatever their role, and the central team read them. */
    private void requireReader() {
        Caller caller = access.caller();
        if (!caller.isSignedIn()) {
            throw new UnauthenticatedException();
        }
        if (!access.canReadEverything(here().slug())) {
            throw new ForbiddenException(Refusal.of("access.members-only"));
        }
    }

    private Solution change(String action, String target, Supplier<Solution> change) {
        return auditing.run(action, target, change, solution -> solution.slug().value());
    }
}
