package org.ctphub.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ctphub.application.ratelimit.RateLimitDecision;
import org.ctphub.application.search.PartnershipSearch;
import org.ctphub.web.Pages;
import org.ctphub.web.ratelimit.PageRateLimits;

/**
 * Backs {@code p/workspace/search.xhtml}: one search over the partnership's problems and co-design
 * sessions, from the box on every workspace page. The words are in the address ({@code ?q=}), so
 * a search can be kept, shared and reloaded.
 */
@Named
@RequestScoped
public class SearchBacking {

    /** How many of each are shown; the lists behind "see all" page through the rest. */
    static final int TOP = 10;

    /** The searches read this much of what was typed; the box takes no more. */
    public static final int MAX_LENGTH = 200;

    @Inject
    PartnershipSearch search;

    @Inject
    PageRateLimits rateLimits;

    private String q;
    private PartnershipSearch.Results results;
    private long retryAfter;

    public void load() {
        q = Pages.parameter("q");
        if (q != null && !q.isBlank()) {
            RateLimitDecision decision = rateLimits.trySearch(q);
            if (!decision.allowed()) {
                retryAfter = decision.retryAfterSeconds();
                return;
            }
            String text = q.codePointCount(0, q.length()) > MAX_LENGTH
                    ? q.substring(0, q.offsetByCodePoints(0, MAX_LENGTH))
                    : q;
            results = search.search(text, TOP);
        }
    }

    public String getQ() {
        return q;
    }

    /** Whether the search was refused for coming too often; the page then says when to try again. */
    public boolean isLimited() {
        return retryAfter > 0;
    }

    public long getRetryAfter() {
        return retryAfter;
    }

    /** Null until something is searched for. */
    public PartnershipSearch.Results getResults() {
        return results;
    }

    /** {@code q} for a link to one of the full lists with the same search. */
    public String getEncodedQ() {
        return q == null ? "" : URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
