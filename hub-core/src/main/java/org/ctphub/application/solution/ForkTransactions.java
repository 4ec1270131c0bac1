package org.ctphub.application.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.ctphub.application.partnership.PartnershipTemplates;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipNotFoundException;
import org.ctphub.domain.partnership.Partnerships;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.Problems;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.solution.ForkRequestKey;
import org.ctphub.domain.solution.NetworkSolution;
import org.ctphub.domain.solution.NetworkSolutions;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionNotFoundException;
import org.ctphub.domain.solution.SolutionRevision;
import org.ctphub.domain.solution.SolutionRevisions;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.domain.solution.Solutions;

/**
 * The transactions of one fork request, for {@link Forking}: the attempt to make the fork, and,
 * when that attempt lost a race to an identical request, the lookup of the fork that request
 * made. Each runs in a transaction of its own, because the losing attempt's transaction can only
 * roll back.
 */
@ApplicationScoped
public class ForkTransactions {

    static final String ACTION = "solution.fork";

    /** Suffixes tried to make a fork's slug unique in its partnership before giving up. */
    private static final int MAX_SLUG_SUFFIX = 1000;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    Partnerships partnerships;

    @Inject
    PartnershipTemplates templates;

    @Inject
    Problems problems;

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
     * Makes the fork, or finds the one this request (or, without a key, any request) already
     * made. A database failure is let through as it is: {@link Forking} tells a lost race from
     * anything else.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ForkOutcome attempt(ForkRequest request) {
        return auditing.attempt(ACTION, target(request), () -> forkOrFind(request), outcome -> ref(outcome.fork()));
    }

    /**
     * The fork an identical request made at the same moment, audited as this request's answer;
     * absent when no fork answers this request, so the clash was with something else.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Solution> madeBy(ForkRequest request) {
        try {
            advisor();
            Optional<Solution> made = existingFork(request, upstreamOf(request));
            made.ifPresent(fork -> auditing.done(ACTION, ref(fork)));
            return made;
        } catch (HubException refused) {
            auditing.refused(ACTION, target(request), refused);
            throw refused;
        }
    }

    private ForkOutcome forkOrFind(ForkRequest request) {
        Actor actor = advisor();
        Optional<ForkRequestKey> key = key(request);
        NetworkSolution upstream = upstreamOf(request);
        Optional<Solution> existing = existingFork(request, upstream);
        if (existing.isPresent()) {
            return new ForkOutcome(existing.get(), false);
        }
        if (upstream.status() == SolutionStatus.RETIRED) {
            throw new ConflictException(Refusal.of("solution.fork.retired"));
        }
        int number = request.revision() == null ? upstream.latestRevision() : request.revision();
        SolutionRevision revision = revisions
                .find(upstream.solutionId(), number)
                .orElseThrow(() -> new NotFoundException(Refusal.of("solution.revision.not-found", number)));
        Problem problem = problems.findByReference(request.problem())
                .orElseThrow(() -> new InvalidInputException(
                        "problem", Refusal.of("solution.fork.problem-unknown", request.problem())));
        Partnership here =
                partnerships.find(currentPartnership.require().id()).orElseThrow(PartnershipNotFoundException::new);
        Instant now = clock.instant();
        Solution fork = Solution.forkOf(
                revision,
                freeSlug(upstream.slug()),
                problem.reference(),
                request.adapted(),
                templates.taxonomyOf(here),
                actor,
                now);
        key.ifPresent(fork::madeByRequest);
        solutions.add(fork);
        network.add(NetworkSolution.forked(here.id(), fork, revision, now));
        return new ForkOutcome(fork, true);
    }

    /**
     * The fork this request already made (same key), or, for a request without a key, the fork
     * this partnership already has of the solution: a partnership forks a solution once. The fork
     * of the solution is looked up first, in one query, so that a request racing its twin finds
     * the twin's fork as soon as it is committed, whatever the isolation of the reads.
     *
     * @throws ConflictException when another request (with another key) already forked the
     *     solution here, or when the key was used for a fork of another solution
     */
    private Optional<Solution> existingFork(ForkRequest request, NetworkSolution upstream) {
        Optional<ForkRequestKey> key = key(request);
        Optional<Solution> fork = solutions.findForkOf(upstream.solutionId());
        if (fork.isPresent()) {
            if (key.isEmpty() || fork.get().forkRequestKey().equals(key)) {
                return fork;
            }
            throw new ConflictException(
                    Refusal.of("solution.fork.already", fork.get().slug().value()));
        }
        if (key.isPresent()) {
            Optional<Solution> byKey = solutions.findByForkRequestKey(key.get());
            if (byKey.isPresent()) {
                // The twin may have committed between the two queries.
                if (byKey.get().upstreamSolutionId().orElseThrow().equals(upstream.solutionId())) {
                    return byKey;
                }
                throw new ConflictException(Refusal.of("solution.fork.key-reused"));
            }
        }
        return Optional.empty();
    }

    /**
     * The solution to fork, from the network's index: published (or retired) in a partnership the
     * public may see. A draft, or a solution of a partnership not public yet, is not found,
     * exactly like one that does not exist.
     */
    private NetworkSolution upstreamOf(ForkRequest request) {
        Partnership partnership = partnerships
                .findBySlug(request.upstreamPartnership())
                .filter(p -> p.status().isPubliclyListed())
                .orElseThrow(SolutionNotFoundException::new);
        return network.find(partnership.id(), request.upstreamSolution())
                .filter(NetworkSolution::isInLibrary)
                .orElseThrow(SolutionNotFoundException::new);
    }

    /** The upstream's slug, or the first of {@code slug-2}, {@code slug-3}... not taken here. */
    private SolutionSlug freeSlug(SolutionSlug upstream) {
        if (!solutions.existsBySlug(upstream)) {
            return upstream;
        }
        for (int n = 2; n <= MAX_SLUG_SUFFIX; n++) {
            String suffix = "-" + n;
            String stem = upstream.value();
            if (stem.length() + suffix.length() > SolutionSlug.MAX_LENGTH) {
                stem = stem.substring(0, SolutionSlug.MAX_LENGTH - suffix.length());
                while (stem.endsWith("-")) {
                    stem = stem.substring(0, stem.length() - 1);
                }
            }
            SolutionSlug candidate = new SolutionSlug(stem + suffix);
            if (!solutions.existsBySlug(candidate)) {
                return candidate;
            }
        }
        throw new ConflictException(Refusal.of("solution.slug.taken", upstream.value()));
    }

    private Actor advisor() {
        Caller caller = access.requireMember(Role.TECH_ADVISOR);
        return new Actor(caller.subject(), caller.displayName());
    }

    private static Optional<ForkRequestKey> key(ForkRequest request) {
        return request.idempotencyKey() == null || request.idempotencyKey().isEmpty()
                ? Optional.empty()
                : Optional.of(new ForkRequestKey(request.idempotencyKey()));
    }

    private static String target(ForkRequest request) {
        return request.upstreamPartnership() + "/" + request.upstreamSolution();
    }

    private static String ref(Solution fork) {
        return fork.slug().value();
    }
}
