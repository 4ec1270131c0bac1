package org.ctphub.web.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemFilter;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.ProblemSort;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;

/**
 * The partnership's problems a fork can be said to address, for a form's select: the most
 * recently updated ones, one page of them, so that the select stays small however long the
 * register grows. Beyond that page a form also takes a typed reference.
 */
@ApplicationScoped
public class ProblemChoices {

    static final int MOST = PageRequest.MAX_SIZE;

    @Inject
    ProblemRegister register;

    /** What a select offers, with {@code current} (if any) among them even when it is older. */
    public Choices recent(ProblemReference current) {
        Page<Problem> page = register.list(
                ProblemFilter.none(), ProblemSort.descending(ProblemSort.Key.UPDATED), new PageRequest(0, MOST));
        List<Problem> problems = new ArrayList<>(page.items());
        if (current != null && problems.stream().noneMatch(p -> p.reference().equals(current))) {
            register.find(current).ifPresent(problems::add);
        }
        return new Choices(problems, page.total() > page.items().size());
    }

    /**
     * @param problems what the select offers
     * @param more whether the register has more than that, so a typed reference is offered too
     */
    public record Choices(List<Problem> problems, boolean more) {}
}
