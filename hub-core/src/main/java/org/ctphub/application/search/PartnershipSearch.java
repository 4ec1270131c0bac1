package org.ctphub.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.session.SessionFilter;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.session.SessionSummary;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemFilter;
import org.ctphub.domain.problem.ProblemSort;
import org.ctphub.domain.problem.SearchText;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;

/**
 * Searches the current partnership's problems and co-design sessions at once, through the same
 * use cases, and so the same rules of who reads what, as their lists. Any characters may be
 * searched for: operators are taken as words.
 */
@ApplicationScoped
public class PartnershipSearch {

    @Inject
    ProblemRegister register;

    @Inject
    SessionLog sessionLog;

    /** The most recently changed problems and the latest sessions that match, {@code top} of each, with totals. */
    public record Results(Page<Problem> problems, Page<SessionSummary> sessions) {

        public boolean isEmpty() {
            return problems.total() == 0 && sessions.total() == 0;
        }
    }

    public Results search(@NotNull String text, int top) {
        PageRequest first = new PageRequest(0, top);
        // Text with nothing searchable left (control or invisible characters only) matches nothing, not everything.
        Page<Problem> problems = SearchText.of(text) == null
                ? new Page<>(List.of(), 0, top, 0)
                : register.list(
                        ProblemFilter.none().withText(text), ProblemSort.descending(ProblemSort.Key.UPDATED), first);
        Page<SessionSummary> sessions =
                org.ctphub.domain.session.SearchText.of(text).isEmpty()
                        ? new Page<>(List.of(), 0, top, 0)
                        : sessionLog.list(SessionFilter.search(text), SessionSort.newestFirst(), first);
        return new Results(problems, sessions);
    }
}
