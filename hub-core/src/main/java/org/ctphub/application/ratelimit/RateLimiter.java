package org.ctphub.application.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;

/**
 * Counts limited requests per caller: a signed-in person by their subject, wherever they come
 * from, and everyone else by their client address ({@link ClientAddresses}). The counts live in
 * this instance's memory only: each of several instances of the hub limits on its own.
 */
@ApplicationScoped
public class RateLimiter {

    /**
     * How many callers each limit remembers at once (about 200 bytes each). More, within the time
     * a bucket takes to fill up, and the least recently seen start afresh.
     */
    static final int MAX_CALLERS_PER_LIMIT = 50_000;

    @Inject
    RateLimitSettings settings;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller currentCaller;

    private final Map<RateLimit, TokenBuckets> buckets = new EnumMap<>(RateLimit.class);
    private ClientAddresses clientAddresses;

    @PostConstruct
    void configure() {
        for (RateLimit limit : RateLimit.values()) {
            buckets.put(limit, new TokenBuckets(settings.allowance(limit), clock, MAX_CALLERS_PER_LIMIT));
        }
        clientAddresses = new ClientAddresses(settings.trustedProxies());
    }

    /** Builds the limits at start-up, so that a setting they cannot use stops the deployment. */
    void checkSettings(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Delivering the event created this bean and ran configure(); nothing else to do.
    }

    /** Counts one request of the current caller against {@code limit}, if the limit allows it. */
    public RateLimitDecision tryAcquire(RateLimit limit, RequestOrigin origin) {
        return buckets.get(limit).take(keyOf(currentCaller.get(), origin));
    }

    String keyOf(Caller caller, RequestOrigin origin) {
        // Prefixed, so that no subject can ever share a bucket with an address.
        return caller.isSignedIn() ? "subject:" + caller.subject() : "address:" + clientAddresses.clientOf(origin);
    }
}
