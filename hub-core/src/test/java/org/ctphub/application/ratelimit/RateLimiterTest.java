package org.ctphub.application.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.security.Role;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final RequestOrigin HOME = RequestOrigin.direct("203.0.113.7");

    private final TestClock clock = new TestClock();

    @Test
    void aSignedInCallerIsCountedBySubjectWhereverTheyComeFrom() {
        RateLimiter limiter = limiter(Caller.signedIn("subject-1", "Ann", Set.of(Role.TECH_ADVISOR), Set.of()));
        assertTrue(limiter.tryAcquire(RateLimit.SEARCH, HOME).allowed());
        assertTrue(limiter.tryAcquire(RateLimit.SEARCH, RequestOrigin.direct("198.51.100.1"))
                .allowed());
        assertFalse(
                limiter.tryAcquire(RateLimit.SEARCH, RequestOrigin.direct("192.0.2.9"))
                        .allowed(),
                "a new address gives a signed-in caller no new searches");
    }

    @Test
    void anAnonymousCallerIsCountedByAddress() {
        RateLimiter limiter = limiter(Caller.anonymous());
        assertTrue(limiter.tryAcquire(RateLimit.SEARCH, HOME).allowed());
        assertTrue(limiter.tryAcquire(RateLimit.SEARCH, HOME).allowed());
        assertFalse(limiter.tryAcquire(RateLimit.SEARCH, HOME).allowed());
        assertTrue(limiter.tryAcquire(RateLimit.SEARCH, RequestOrigin.direct("198.51.100.1"))
                .allowed());
    }

    @Test
    void eachLimitHasItsOwnBuckets() {
        RateLimiter limiter = limiter(Caller.anonymous());
        limiter.tryAcquire(RateLimit.SEARCH, HOME);
        limiter.tryAcquire(RateLimit.SEARCH, HOME);
        assertFalse(limiter.tryAcquire(RateLimit.SEARCH, HOME).allowed());
        assertTrue(limiter.tryAcquire(RateLimit.FORK, HOME).allowed(), "searching used up no forks");
        assertFalse(limiter.tryAcquire(RateLimit.FORK, HOME).allowed(), "fork has a burst of 1 here");
        assertTrue(limiter.tryAcquire(RateLimit.EXPORT, HOME).allowed());
    }

    @Test
    void aSubjectNeverSharesABucketWithAnAddress() {
        RateLimiter limiter = limiter(Caller.anonymous());
        Caller named = Caller.signedIn("203.0.113.7", "Odd", Set.of(), Set.of());
        assertEquals("address:203.0.113.7", limiter.keyOf(Caller.anonymous(), HOME));
        assertEquals("subject:203.0.113.7", limiter.keyOf(named, HOME));
    }

    @Test
    void readsXForwardedForOnlyFromTheTrustedProxies() {
        RateLimiter limiter = limiter(Caller.anonymous(), List.of("10.0.0.5"));
        assertEquals(
                "address:198.51.100.1",
                limiter.keyOf(Caller.anonymous(), new RequestOrigin("10.0.0.5", List.of("198.51.100.1"))));
        assertEquals(
                "address:10.0.0.9",
                limiter.keyOf(Caller.anonymous(), new RequestOrigin("10.0.0.9", List.of("198.51.100.1"))));
    }

    private RateLimiter limiter(Caller caller) {
        return limiter(caller, List.of());
    }

    private RateLimiter limiter(Caller caller, List<String> trustedProxies) {
        CurrentCaller current = new CurrentCaller();
        current.identify(caller);
        RateLimiter limiter = new RateLimiter();
        limiter.settings = new RateLimitSettings() {
            @Override
            public Allowance allowance(RateLimit limit) {
                return limit == RateLimit.SEARCH ? new Allowance(2, 60) : new Allowance(1, 1);
            }

            @Override
            public List<String> trustedProxies() {
                return trustedProxies;
            }
        };
        limiter.clock = clock;
        limiter.currentCaller = current;
        limiter.configure();
        return limiter;
    }
}
