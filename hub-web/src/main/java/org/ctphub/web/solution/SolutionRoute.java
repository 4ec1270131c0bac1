package org.ctphub.web.solution;

import java.util.Optional;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.web.Pages;

/** The solution a page's readable address names ({@code .../solutions/events-calendar}). */
final class SolutionRoute {

    private SolutionRoute() {}

    /** The slug in the address; empty when there is none or it could not be one (then the page is a 404). */
    static Optional<SolutionSlug> slug() {
        String text = Pages.routeSolution();
        if (text == null || !SolutionSlug.isValid(text) || SolutionSlug.RESERVED.contains(text)) {
            return Optional.empty();
        }
        return Optional.of(new SolutionSlug(text));
    }

    /**
     * A problem's reference as a form sent it (chosen or typed, in any case).
     *
     * @throws InvalidInputException on {@code problem} when it cannot be one of the partnership's references
     */
    static ProblemReference problem(String text) {
        String reference = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (!ProblemReference.isWellFormed(reference)) {
            throw new InvalidInputException("problem", Refusal.of("solution.fork.problem-unknown", text.strip()));
        }
        return ProblemReference.parse(reference);
    }
}
