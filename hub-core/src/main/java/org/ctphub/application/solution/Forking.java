package org.ctphub.application.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctphub.application.partnership.PartnershipTemplates;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipNotFoundException;
import org.ctphub.domain.partnership.Partnerships;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.solution.NetworkSolution;
import org.ctphub.domain.solution.NetworkSolutions;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionNotFoundException;
import org.ctphub.domain.solution.SolutionRevision;
import org.ctphub.domain.solution.SolutionRevisions;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.domain.solution.Solutions;
import org.ctphub.domain.solution.UpstreamChanges;
import org.ctphub.domain.solution.UpstreamChoice;
import org.ctphub.domain.solution.UpstreamDecision;

/**
 * Forks: a tech advisor takes another partnership's published solution into their own
 * partnership, for a problem of theirs, and later follows what changes upstream, adopting or
 * skipping each changed field. Everything about the upstream is read from the network's index and
 * its published revisions, never from the other partnership's working copy.
 *
 * <p>A fork request is idempotent. A partnership forks a solution once (a unique key on the
 * partnership and the upstream), and a fork keeps its request's key (unique in the partnership).
 * Of identical requests racing each other, one stores the fork and the others meet a unique key;
 * their transaction can only roll back, so each then looks up, in a new transaction, the fork the
 * winner made, and answers with it.
 */
@ApplicationScoped
@Transactional
public class Forking {

    private static final Logger LOG = Logger.getLogger(Forking.class.getName());

    /** A fork request that keeps losing races to requests that are not its twin gives up after this many. */
    private static final int MAX_ATTEMPTS = 3;

    @Inject
    ForkTransactions transactions;

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
    Clock clock;

    @Inject
    Access access;

    @Inject
    SolutionAuditing auditing;

    /**
     * Forks a published solution into the current partnership, as a draft that names its upstream
     * and the revision it was forked from, the local problem it addresses and what was adapted. Its
     * slug is the upstream's, made unique here if taken. The same request again, or many at once,
     * answers with the one fork.
     *
     * <p>Runs outside any transaction of the caller's: each attempt has its own.
     *
     * @throws SolutionNotFoundException when the upstream does not exist, is a draft, or its
     *     partnership is not public
     * @throws InvalidInputException when the problem is not one of this partnership's
     * @throws ConflictException when the upstream is retired, the key was used for another
     *     request, or another request (with another key) already forked the solution here
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Solution fork(@NotNull ForkRequest request) {
        return forkOrFind(request).fork();
    }

    /**
     * Like {@link #fork}, and says whether this request made the fork or found the one an earlier
     * or simultaneous identical request made.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ForkOutcome forkOrFind(@NotNull ForkRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.attempt(request);
            } catch (RuntimeException failure) {
                if (!StoreFailures.isDuplicateKey(failure) && !StoreFailures.isDeadlock(failure)) {
                    throw failure;
                }
                Optional<Solution> made = transactions.madeBy(request);
                if (made.isPresent()) {
                    return new ForkOutcome(made.get(), false);
                }
                LOG.log(Level.FINE, "A fork request met a concurrent change that made no fork for it", failure);
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConflictException(Refusal.of("solution.changed-concurrently"));
                }
            }
        }
    }

    /**
     * What changed upstream since the revision the fork is based on, field by field, and what the
     * fork has decided about each; whether the upstream was retired. For the partnership's members
     * and the central team.
     *
     * @throws NotFoundException when the solution is not a fork
     */
    public UpstreamReview upstreamChanges(@NotNull SolutionSlug forkSlug) {
        requireReader();
        return review(solutions.findBySlug(forkSlug).orElseThrow(SolutionNotFoundException::new));
    }

    /**
     * Adopts one changed field of the upstream's latest revision into the fork's working copy, or
     * skips it. Once every changed field is decided, the fork is based on that revision.
     *
     * @throws org.ctphub.domain.solution.SolutionChangedException when the fork is no longer at
     *     {@code expectedVersion}
     * @throws InvalidInputException when the field did not change
     * @throws ConflictException when the field was already decided for that revision
     */
    public UpstreamReview decide(
            @NotNull SolutionSlug forkSlug,
            @NotNull SolutionField field,
            @NotNull UpstreamChoice choice,
            long expectedVersion) {
        String action = choice == UpstreamChoice.ADOPT ? "solution.adopt" : "solution.skip";
        return auditing.run(
                action,
                forkSlug.value(),
                () -> {
                    Caller caller = access.requireMember(Role.TECH_ADVISOR);
                    Actor actor = new Actor(caller.subject(), caller.displayName());
                    Solution fork = solutions.findBySlug(forkSlug).orElseThrow(SolutionNotFoundException::new);
                    fork.requireVersion(expectedVersion);
                    Upstream upstream = upstreamOf(fork);
                    UpstreamChanges changes = upstream.changes(solutions.decisionsOf(fork, upstream.latest.number()));
                    if (changes.changeOf(field).isEmpty()) {
                        throw new InvalidInputException(
                                "field",
                                Refusal.of("solution.upstream.unchanged", field.inWords(), changes.latestRevision()));
                    }
                    if (changes.decided().containsKey(field)) {
                        throw new ConflictException(
                                Refusal.of("solution.upstream.decided", field.inWords(), changes.latestRevision()));
                    }
                    Instant now = clock.instant();
                    if (choice == UpstreamChoice.ADOPT) {
                        fork.adopt(field, upstream.latest, taxonomy(), actor, now);
                    } else {
                        fork.skip(field, upstream.latest, actor, now);
                    }
                    // The fork's row first, as for every change of it: its lock orders concurrent deciders.
                    solutions.flush();
                    solutions.addDecision(new UpstreamDecision(fork, upstream.latest, field, choice, actor, now));
                    if (changes.with(field, choice).isSettled()) {
                        fork.baseOn(upstream.latest, actor, now);
                    }
                    solutions.flush();
                    return review(fork);
                },
                review -> review.forkSlug() + "/upstream/" + field.inputName());
    }

    /**
     * Where one of this partnership's solutions was forked from, as the network's index knows it;
     * empty for a solution that is not a fork. For the partnership's members and the central team.
     */
    public Optional<UpstreamRef> upstreamOf(@NotNull SolutionSlug slug) {
        requireReader();
        Optional<Long> upstreamId = solutions
                .findBySlug(slug)
                .orElseThrow(SolutionNotFoundException::new)
                .upstreamSolutionId();
        if (upstreamId.isEmpty()) {
            return Optional.empty();
        }
        NetworkSolution entry = network.find(upstreamId.get())
                .orElseThrow(() -> new IllegalStateException("a fork's upstream is in the network's index"));
        Partnership partnership = partnerships
                .find(entry.partnershipId())
                .orElseThrow(() -> new IllegalStateException("the upstream's partnership exists"));
        return Optional.of(new UpstreamRef(
                partnership.slug().value(),
                partnership.name(),
                entry.slug().value(),
                entry.name().orElse(null),
                entry.latestRevision(),
                entry.status() == SolutionStatus.RETIRED));
    }

    private UpstreamReview review(Solution fork) {
        Upstream upstream = upstreamOf(fork);
        Partnership partnership = partnerships
                .find(upstream.entry.partnershipId())
                .orElseThrow(() -> new IllegalStateException("the upstream's partnership exists"));
        return new UpstreamReview(
                fork.slug().value(),
                fork.version(),
                partnership.slug().value(),
                partnership.name(),
                upstream.entry.slug().value(),
                upstream.latest.fields().name(),
                network.find(fork.id())
                        .flatMap(NetworkSolution::forkedFromRevision)
                        .orElse(upstream.base.number()),
                upstream.changes(solutions.decisionsOf(fork, upstream.latest.number())));
    }

    /** The fork's upstream, as the network's index and its revisions know it. */
    private Upstream upstreamOf(Solution fork) {
        long upstreamId = fork.upstreamSolutionId()
                .orElseThrow(() -> new NotFoundException(Refusal.of("solution.upstream.none")));
        NetworkSolution entry = network.find(upstreamId)
                .orElseThrow(() -> new IllegalStateException("a fork's upstream is in the network's index"));
        int baseNumber = fork.upstreamRevision().orElseThrow();
        SolutionRevision base = revisions
                .find(upstreamId, baseNumber)
                .orElseThrow(() -> new IllegalStateException("a fork's base revision exists"));
        SolutionRevision latest = revisions.latestOf(upstreamId).orElse(base);
        return new Upstream(entry, base, latest);
    }

    private record Upstream(NetworkSolution entry, SolutionRevision base, SolutionRevision latest) {

        UpstreamChanges changes(List<UpstreamDecision> decisions) {
            return UpstreamChanges.between(base, latest, decisions, entry.status() == SolutionStatus.RETIRED);
        }
    }

    private Taxonomy taxonomy() {
        return templates.taxonomyOf(
                partnerships.find(currentPartnership.require().id()).orElseThrow(PartnershipNotFoundException::new));
    }

    private void requireReader() {
        Caller caller = access.caller();
        if (!caller.isSignedIn()) {
            throw new UnauthenticatedException();
        }
        if (!access.canReadEverything(currentPartnership.require().slug())) {
            throw new ForbiddenException(Refusal.of("access.members-only"));
        }
    }
}
