package org.ctphub.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ctphub.application.ratelimit.RateLimitDecision;
import org.ctphub.application.session.SessionFilter;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.session.SessionSummary;
import org.ctphub.domain.session.SessionFormat;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Visibility;
import org.ctphub.web.Forms;
import org.ctphub.web.Pages;
import org.ctphub.web.ratelimit.PageRateLimits;

/**
 * Backs {@code p/workspace/sessions.xhtml}: the partnership's co-design sessions, searched,
 * filtered and sorted through the query string, so every view of the list has an address that
 * can be bookmarked and works without JavaScript.
 */
@Named
@RequestScoped
public class SessionsBacking {

    private static final int PER_PAGE = 20;

    @Inject
    SessionLog sessionLog;

    @Inject
    PageRateLimits rateLimits;

    private String q;
    private String format;
    private String visibility;
    private String sort;
    private Page<SessionSummary> sessions;
    private long searchRetryAfter;

    public void load() {
        q = Pages.parameter("q");
        format = Pages.parameter("format");
        visibility = Pages.parameter("visibility");
        sort = Pages.parameter("sort");
        RateLimitDecision search = rateLimits.trySearch(q);
        if (!search.allowed()) {
            searchRetryAfter = search.retryAfterSeconds();
            sessions = new Page<>(List.of(), 0, PER_PAGE, 0);
            return;
        }
        try {
            SessionFilter filter = new SessionFilter(
                    enumOrNull(SessionFormat.class, format),
                    null,
                    null,
                    enumOrNull(Visibility.class, visibility),
                    null,
                    q);
            sessions = sessionLog.list(filter, SessionSort.parse(sort), new PageRequest(Pages.pageNumber(), PER_PAGE));
        } catch (InvalidInputException e) {
            Forms.error(e);
            sessions = sessionLog.list(SessionFilter.none(), SessionSort.newestFirst(), new PageRequest(0, PER_PAGE));
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(type.getSimpleName(), Refusal.of("input.choice"));
        }
    }

    public Page<SessionSummary> getSessions() {
        return sessions;
    }

    /** Whether the search was refused for coming too often; the page then shows no results. */
    public boolean isSearchLimited() {
        return searchRetryAfter > 0;
    }

    /** Seconds until searching is allowed again, when it was refused. */
    public long getSearchRetryAfter() {
        return searchRetryAfter;
    }

    public List<SessionFormat> getFormats() {
        return Arrays.asList(SessionFormat.values());
    }

    public List<Visibility> getVisibilities() {
        return Arrays.asList(Visibility.values());
    }

    public String getQ() {
        return q;
    }

    public String getFormat() {
        return format;
    }

    public String getVisibility() {
        return visibility;
    }

    public String getSort() {
        return sort;
    }

    /** The same list one page back or on, with the same search, filters and sort. */
    public String pageUrl(int page) {
        StringBuilder url = new StringBuilder("?page=").append(page);
        append(url, "q", q);
        append(url, "format", format);
        append(url, "visibility", visibility);
        append(url, "sort", sort);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public boolean isHasPrevious() {
        return sessions.page() > 0;
    }

    public boolean isHasNext() {
        return sessions.hasNext();
    }
}
