package org.ctphub.web.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ctphub.application.solution.SolutionWorkshop;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionSort;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;

/**
 * Backs {@code p/workspace/solutions.xhtml}: the partnership's solutions, drafts included,
 * filtered by status, sorted and paged through the query string, so every view of the list has an
 * address and works without JavaScript.
 */
@Named
@RequestScoped
public class SolutionsBacking {

    private static final int PER_PAGE = 20;

    /** The orders the list offers, as the address names them; {@link SolutionSort#parse} reads them. */
    private static final List<String> SORTS = List.of("-updated", "-created", "name", "status");

    @Inject
    SolutionWorkshop workshop;

    private String status;
    private String sort;
    private Page<Solution> solutions;

    public void load() {
        status = Pages.parameter("status");
        sort = Pages.parameter("sort");
        try {
            solutions = workshop.list(
                    statuses(status), SolutionSort.parse(sort), new PageRequest(Pages.pageNumber(), PER_PAGE));
        } catch (InvalidInputException e) {
            Forms.error(e);
            solutions = workshop.list(Set.of(), SolutionSort.recentlyUpdatedFirst(), new PageRequest(0, PER_PAGE));
        }
    }

    private static Set<SolutionStatus> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        try {
            return Set.of(SolutionStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", Refusal.of("input.choice"));
        }
    }

    /** The same list one page back or on, with the same filter and sort. */
    public String pageUrl(int page) {
        StringBuilder url = new StringBuilder("?page=").append(page);
        append(url, "status", status);
        append(url, "sort", sort);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public List<SolutionStatus> getStatuses() {
        return Arrays.asList(SolutionStatus.values());
    }

    public List<String> getSorts() {
        return SORTS;
    }

    public Page<Solution> getSolutions() {
        return solutions;
    }

    public boolean isHasPrevious() {
        return solutions.page() > 0;
    }

    public boolean isHasNext() {
        return solutions.hasNext();
    }

    public String getStatus() {
        return status;
    }

    public String getSort() {
        return sort;
    }
}
