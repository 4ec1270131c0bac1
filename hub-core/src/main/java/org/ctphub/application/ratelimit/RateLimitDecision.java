package org.ctphub.application.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** Whether a limited request may go ahead and, when it may not, how long until it may. */
public record RateLimitDecision(boolean allowed, Duration retryAfter) {

    private static final RateLimitDecision ALLOWED = new RateLimitDecision(true, Duration.ZERO);

    public RateLimitDecision {
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public static RateLimitDecision allow() {
        return ALLOWED;
    }

    public static RateLimitDecision refuse(Duration retryAfter) {
        return new RateLimitDecision(false, retryAfter);
    }

    /**
     * Whole seconds to wait, rounded up and at least 1: the value of an HTTP {@code Retry-After}
     * header, after which the request will be allowed.
     */
    public long retryAfterSeconds() {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
