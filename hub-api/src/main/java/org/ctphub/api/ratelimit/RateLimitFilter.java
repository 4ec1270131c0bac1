package org.ctphub.api.ratelimit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Collections;
import java.util.List;
import org.ctphub.api.error.ProblemDetails;
import org.ctphub.application.ratelimit.RateLimit;
import org.ctphub.application.ratelimit.RateLimitDecision;
import org.ctphub.application.ratelimit.RateLimiter;
import org.ctphub.application.ratelimit.RequestOrigin;

/**
 * Applies {@link RateLimited}: counts the request of the verified caller (or, for anonymous
 * callers, of their address) and refuses one over the limit with 429, problem details that say
 * when to try again, and {@code Retry-After} in seconds.
 */
@Provider
// Name binding matches on the annotation's type alone; each resource's own limit is read from it below.
@RateLimited(RateLimit.SEARCH)
@Priority(Priorities.USER)
@ApplicationScoped
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    RateLimiter limiter;

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        RateLimited limited = resourceInfo.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null) {
            limited = resourceInfo.getResourceClass().getAnnotation(RateLimited.class);
        }
        if (limited == null || !counts(limited, context)) {
            return;
        }
        RateLimitDecision decision = limiter.tryAcquire(
                limited.value(),
                new RequestOrigin(
                        request.getRemoteAddr(), Collections.list(request.getHeaders(RequestOrigin.FORWARDED_FOR))));
        if (!decision.allowed()) {
            context.abortWith(tooMany(limited.value(), decision.retryAfterSeconds()));
        }
    }

    private static boolean counts(RateLimited limited, ContainerRequestContext context) {
        String parameter = limited.whenQueryParameter();
        if (parameter.isEmpty()) {
            return true;
        }
        return context.getUriInfo().getQueryParameters().getOrDefault(parameter, List.of()).stream()
                .anyMatch(value -> value != null && !value.isBlank());
    }

    static Response tooMany(RateLimit limit, long retryAfterSeconds) {
        String detail = "Too many " + limit.plural() + " in a short time. Try again in " + retryAfterSeconds
                + (retryAfterSeconds == 1 ? " second." : " seconds.");
        return Response.fromResponse(ProblemDetails.of(Response.Status.TOO_MANY_REQUESTS, detail)
                        .toResponse())
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }
}
