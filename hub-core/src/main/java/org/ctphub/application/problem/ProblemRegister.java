package org.ctphub.application.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipNotFoundException;
import org.ctphub.domain.partnership.Partnerships;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.Problems;
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

    public Problem raise(@NotNull NewProblem request) {
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

    public Page<Problem> list(@NotNull PageRequest pageRequest) {
        return problems.list(EnumSet.allOf(Visibility.class), pageRequest);
    }

    public Problem describe(@NotNull ProblemReference reference, String title, String summary) {
        Problem problem = get(reference);
        problem.describe(title, summary, clock.instant());
        return problem;
    }

    public Problem changeVisibility(@NotNull ProblemReference reference, @NotNull Visibility visibility) {
        Problem problem = get(reference);
        problem.changeVisibility(visibility, clock.instant());
        return problem;
    }

    public void remove(@NotNull ProblemReference reference) {
        problems.remove(get(reference));
    }

    public long count() {
        return problems.count();
    }
}
