package org.ctphub.application.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ctphub.application.audit.AuditTrail;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Role;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipNotFoundException;
import org.ctphub.domain.partnership.Partnerships;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.Problems;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Visibility;

/** The problem register of the current partnership. */
@ApplicationScoped
@Transactional
public class ProblemRegister {

    private static final Set<Visibility> PUBLIC_ONLY = EnumSet.of(Visibility.PUBLIC);

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    Partnerships partnerships;

    @Inject
    Problems problems;

    @Inject
    Clock clock;

    @Inject
    Access access;

    @Inject
    AuditTrail auditTrail;

    /** Raising a problem is a tech advisor's work, in their own partnership. */
    public Problem raise(@NotNull NewProblem request) {
        return audited("problem.raise", null, () -> {
            access.requireMember(Role.TECH_ADVISOR);
            Partnership partnership = partnerships
                    .findForUpdate(currentPartnership.require().id())
                    .orElseThrow(PartnershipNotFoundException::new);
            Problem problem = Problem.raise(
                    partnership.allocateProblemReference(),
                    request.title(),
                    request.summary(),
                    request.visibility(),
                    clock.instant());
            problems.add(problem);
            return problem;
        });
    }

    public Optional<Problem> find(@NotNull ProblemReference reference) {
        return problems.findByReference(reference);
    }

    public Problem get(@NotNull ProblemReference reference) {
        return find(reference).orElseThrow(ProblemNotFoundException::new);
    }

    /** A problem the public may read; any other answers exactly as a missing one does. */
    public Problem getPublic(@NotNull ProblemReference reference) {
        return find(reference).filter(Problem::isPublic).orElseThrow(ProblemNotFoundException::new);
    }

    public Page<Problem> listPublic(@NotNull PageRequest pageRequest) {
        return problems.list(PUBLIC_ONLY, pageRequest);
    }

    /** The problems the caller may read here: all for members, network-visible ones for others signed in. */
    public Page<Problem> list(@NotNull PageRequest pageRequest) {
        return problems.list(access.readableVisibilities(), pageRequest);
    }

    /** A problem the caller may read; any other answers exactly as a missing one does. */
    public Problem getReadable(@NotNull ProblemReference reference) {
        Set<Visibility> readable = access.readableVisibilities();
        return find(reference)
                .filter(p -> readable.contains(p.visibility()))
                .orElseThrow(ProblemNotFoundException::new);
    }

    public Problem describe(@NotNull ProblemReference reference, String title, String summary) {
        return audited("problem.describe", reference, () -> {
            access.requireMember(Role.TECH_ADVISOR);
            Problem problem = get(reference);
            problem.describe(title, summary, clock.instant());
            return problem;
        });
    }

    public Problem changeVisibility(@NotNull ProblemReference reference, @NotNull Visibility visibility) {
        return audited("problem.change-visibility", reference, () -> {
            access.requireMember(Role.TECH_ADVISOR);
            Problem problem = get(reference);
            problem.changeVisibility(visibility, clock.instant());
            return problem;
        });
    }

    public void remove(@NotNull ProblemReference reference) {
        audited("problem.remove", reference, () -> {
            access.requireMember(Role.TECH_ADVISOR);
            Problem problem = get(reference);
            problems.remove(problem);
            return problem;
        });
    }

    public long count() {
        return problems.count();
    }

    /** Runs a change and audits it: done with the change, or refused in a transaction of its own. */
    private Problem audited(String action, ProblemReference target, Supplier<Problem> change) {
        String targetRef = target == null ? null : target.toString();
        try {
            Problem problem = change.get();
            auditTrail.done(action, "problem", problem.reference().toString());
            return problem;
        } catch (HubException refused) {
            auditTrail.refused(action, "problem", targetRef, refused);
            throw refused;
        }
    }
}
