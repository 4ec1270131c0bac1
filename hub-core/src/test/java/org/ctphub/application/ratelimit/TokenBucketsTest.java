package org.ctphub.application.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final TestClock clock = new TestClock();

    /** 3 at once, then one a second. */
    private final TokenBuckets buckets = new TokenBuckets(new Allowance(3, 60), clock, 1000);

    @Test
    void servesTheBurstAtOnceThenRefusesWithTheTimeToWait() {
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take("a").allowed(), "request " + (i + 1) + " of the burst");
        }
        RateLimitDecision refused = buckets.take("a");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(1), refused.retryAfter());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void refillsOverTimeAtTheConfiguredRate() {
        drain("a");
        clock.advance(Duration.ofMillis(400));
        RateLimitDecision early = buckets.take("a");
        assertFalse(early.allowed(), "0.4 of a token is not a token");
        assertEquals(Duration.ofMillis(600), early.retryAfter(), "a refusal takes nothing");
        assertEquals(1, early.retryAfterSeconds(), "rounded up to whole seconds");

        clock.advance(Duration.ofMillis(600));
        assertTrue(buckets.take("a").allowed(), "one token a second");
        assertFalse(buckets.take("a").allowed(), "and only one");

        clock.advance(Duration.ofSeconds(2));
        assertTrue(buckets.take("a").allowed());
        assertTrue(buckets.take("a").allowed());
        assertFalse(buckets.take("a").allowed());
    }

    @Test
    void neverHoldsMoreThanTheBurst() {
        clock.advance(Duration.ofHours(5));
        assertEquals(3, drain("a"), "a long rest still gives only the burst");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(3, drain("a"));
    }

    @Test
    void ratesBelowOneASecondRefillExactly() {
        TokenBuckets slow = new TokenBuckets(new Allowance(1, 7), clock, 10);
        assertTrue(slow.take("a").allowed());
        RateLimitDecision refused = slow.take("a");
        assertEquals(Duration.ofNanos(8_571_428_572L), refused.retryAfter(), "60 s / 7, rounded up to the nanosecond");
        assertEquals(9, refused.retryAfterSeconds());
        clock.advance(Duration.ofNanos(8_571_428_571L));
        assertFalse(slow.take("a").allowed(), "a nanosecond short");
        clock.advance(Duration.ofNanos(1));
        assertTrue(slow.take("a").allowed());
    }

    @Test
    void keysHaveBucketsOfTheirOwn() {
        drain("a");
        assertFalse(buckets.take("a").allowed());
        assertEquals(3, drain("b"), "another caller still has the whole burst");
        assertFalse(buckets.take("a").allowed());
    }

    @Test
    void forgetsBucketsIdleLongEnoughToBeFullAgain() {
        buckets.take("a");
        clock.advance(Duration.ofSeconds(1));
        drain("b");
        assertEquals(2, buckets.size());

        // 3 s fill an empty bucket: "a" was last used 3 s before this request, "b" 2 s before.
        clock.advance(Duration.ofSeconds(2));
        buckets.take("c");
        assertEquals(2, buckets.size(), "a is forgotten, b is not yet full and is kept");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(3, drain("a"), "a forgotten bucket is exactly a full one");
        assertEquals(2, buckets.size(), "b is forgotten now, c is kept");
    }

    @Test
    void manyIdleCallersLeaveNothingBehind() {
        for (int i = 0; i < 500; i++) {
            buckets.take("203.0.113." + i);
        }
        assertEquals(500, buckets.size());
        clock.advance(Duration.ofSeconds(3));
        buckets.take("late");
        assertEquals(1, buckets.size());
    }

    @Test
    void beyondItsMaximumForgetsTheCallerSeenLeastRecently() {
        TokenBuckets small = new TokenBuckets(new Allowance(1, 1), clock, 2);
        small.take("a");
        small.take("b");
        small.take("a");
        small.take("c");
        assertEquals(2, small.size());
        assertFalse(small.take("a").allowed(), "a was used recently and is kept, still empty");
        assertTrue(small.take("b").allowed(), "b was forgotten and starts full");
    }

    @Test
    void aClockThatStepsBackNeitherRefillsNorFails() {
        drain("a");
        clock.advance(Duration.ofSeconds(-30));
        RateLimitDecision refused = buckets.take("a");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(1), refused.retryAfter());
        clock.advance(Duration.ofSeconds(31));
        assertTrue(buckets.take("a").allowed());
    }

    @Test
    void concurrentCallersNeverGetMoreThanTheBurst() throws Exception {
        TokenBuckets shared = new TokenBuckets(new Allowance(100, 1), clock, 1000);
        AtomicInteger allowed = new AtomicInteger();
        List<Callable<Void>> callers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            callers.add(() -> {
                for (int i = 0; i < 1000; i++) {
                    if (shared.take(i % 2 == 0 ? "x" : "y").allowed()) {
                        allowed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> done : pool.invokeAll(callers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        assertEquals(200, allowed.get(), "exactly the burst of each of the two keys");
    }

    @Test
    void refusesAllowancesItCannotKeep() {
        assertThrows(IllegalArgumentException.class, () -> new Allowance(0, 60));
        assertThrows(IllegalArgumentException.class, () -> new Allowance(30, 0));
        assertThrows(IllegalArgumentException.class, () -> new Allowance(Allowance.MAX_BURST + 1, 60));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(new Allowance(1, 1), clock, 0));
    }

    @Test
    void theLargestAllowanceRefillsWithoutOverflow() {
        TokenBuckets large = new TokenBuckets(new Allowance(Allowance.MAX_BURST, Integer.MAX_VALUE), clock, 1);
        assertTrue(large.take("a").allowed());
        clock.advance(Duration.ofMillis(1));
        assertTrue(large.take("a").allowed());
        clock.advance(Duration.ofDays(365));
        assertTrue(large.take("a").allowed());
    }

    private int drain(String key) {
        int taken = 0;
        while (buckets.take(key).allowed()) {
            taken++;
            if (taken > 1000) {
                throw new AssertionError("the bucket never runs dry");
            }
        }
        return taken;
    }
}
