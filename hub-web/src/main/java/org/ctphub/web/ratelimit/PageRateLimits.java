package org.ctphub.web.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.ctphub.application.ratelimit.RateLimit;
import org.ctphub.application.ratelimit.RateLimitDecision;
import org.ctphub.application.ratelimit.RateLimiter;
import org.ctphub.application.ratelimit.RequestOrigin;

/**
 * Counts a page request against a rate limit, with the same buckets as the API: a person who
 * searches on pages and through the API has one allowance. When the limit refuses, the response
 * is already marked 429 with {@code Retry-After}; the page shows the reason in place of results.
 */
@ApplicationScoped
public class PageRateLimits {

    @Inject
    RateLimiter limiter;

    public RateLimitDecision tryAcquire(RateLimit limit) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        RateLimitDecision decision = limiter.tryAcquire(
                limit,
                new RequestOrigin(
                        request.getRemoteAddr(), Collections.list(request.getHeaders(RequestOrigin.FORWARDED_FOR))));
        if (!decision.allowed()) {
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        }
        return decision;
    }

    /** A list's search text {@code q} counts against {@link RateLimit#SEARCH}; a list without text is no search. */
    public RateLimitDecision trySearch(String q) {
        return q == null || q.isBlank() ? RateLimitDecision.allow() : tryAcquire(RateLimit.SEARCH);
    }
}
