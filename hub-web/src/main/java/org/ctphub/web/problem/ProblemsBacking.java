package org.ctphub.web.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.ratelimit.RateLimitDecision;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemFilter;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.problem.ProblemSort;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.problem.SearchText;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;
import org.ctphub.web.ratelimit.PageRateLimits;

/**
 * Backs {@code p/workspace/problems.xhtml}: the register, searched, filtered, sorted and paged
 * through the query string, so every view of it has an address and works without JavaScript.
 */
@Named
@RequestScoped
public class ProblemsBacking {

    private static final int PER_PAGE = 20;

    @Inject
    ProblemRegister register;

    @Inject
    PageRateLimits rateLimits;

    private String q;
    private String status;
    private String theme;
    private String priority;
    private String visibility;
    private String group;
    private String sort;
    private Taxonomy taxonomy;
    private Page<Problem> problems;
    private long searchRetryAfter;

    public void load() {
        q = Pages.parameter("q");
        status = Pages.parameter("status");
        theme = Pages.parameter("theme");
        priority = Pages.parameter("priority");
        visibility = Pages.parameter("visibility");
        group = Pages.parameter("group");
        sort = Pages.parameter("sort");
        taxonomy = register.taxonomy();
        PageRequest page = new PageRequest(Pages.pageNumber(), PER_PAGE);
        RateLimitDecision search = rateLimits.trySearch(q);
        if (!search.allowed()) {
            searchRetryAfter = search.retryAfterSeconds();
            problems = new Page<>(List.of(), 0, PER_PAGE, 0);
            return;
        }
        try {
            ProblemFilter filter = new ProblemFilter(
                    setOf(ProblemStatus.class, status),
                    theme,
                    setOf(ProblemPriority.class, priority),
                    setOf(Visibility.class, visibility),
                    group,
                    q == null || q.isBlank() ? null : SearchText.of(q));
            problems = register.list(filter, ProblemSort.parse(sort), page);
        } catch (InvalidInputException e) {
            Forms.error(e);
            problems = register.list(ProblemFilter.none(), ProblemSort.newestFirst(), new PageRequest(0, PER_PAGE));
        }
    }

    private static <E extends Enum<E>> Set<E> setOf(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        try {
            return Set.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(type.getSimpleName(), Refusal.of("input.choice"));
        }
    }

    /** The same list one page back or on, with the same search, filters and sort. */
    public String pageUrl(int page) {
        StringBuilder url = new StringBuilder("?page=").append(page);
        append(url, "q", q);
        append(url, "status", status);
        append(url, "theme", theme);
        append(url, "priority", priority);
        append(url, "visibility", visibility);
        append(url, "group", group);
        append(url, "sort", sort);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** A theme's name in the reader's language, or its id if the taxonomy no longer has it. */
    public String themeName(String id) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return taxonomy.find(id).map(t -> nameOf(t, locale)).orElse(id);
    }

    /** A theme's name in the page's language. */
    public static String nameOf(Theme theme, Locale locale) {
        return "cy".equals(locale.getLanguage()) ? theme.nameCy() : theme.nameEn();
    }

    public List<Theme> getThemes() {
        return taxonomy.themes();
    }

    public List<ProblemStatus> getStatuses() {
        return Arrays.asList(ProblemStatus.values());
    }

    public List<ProblemPriority> getPriorities() {
        return Arrays.asList(ProblemPriority.values());
    }

    public List<Visibility> getVisibilities() {
        return Arrays.asList(Visibility.values());
    }

    public Page<Problem> getProblems() {
        return problems;
    }

    /** Whether the search was refused for coming too often; the page then shows no results. */
    public boolean isSearchLimited() {
        return searchRetryAfter > 0;
    }

    /** Seconds until searching is allowed again, when it was refused. */
    public long getSearchRetryAfter() {
        return searchRetryAfter;
    }

    public boolean isHasPrevious() {
        return problems.page() > 0;
    }

    public boolean isHasNext() {
        return problems.hasNext();
    }

    public String getQ() {
        return q;
    }

    public String getStatus() {
        return status;
    }

    public String getTheme() {
        return theme;
    }

    public String getPriority() {
        return priority;
    }

    public String getVisibility() {
        return visibility;
    }

    public String getGroup() {
        return group;
    }

    public String getSort() {
        return sort;
    }
}
