package org.ctphub.application.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One limit's token buckets, one per caller key, in memory. A bucket starts full with
 * {@link Allowance#burst()} tokens, each request takes one, and tokens come back at
 * {@link Allowance#perMinute()} a minute up to the burst. A refused request takes nothing.
 *
 * <p>Memory stays bounded. A bucket left alone long enough to be full again is forgotten, which
 * changes nothing: a new one starts full too. Beyond {@code maxKeys} callers at once, the one seen
 * least recently is forgotten early; it then starts afresh, so under a flood of new addresses the
 * limiter errs towards serving people rather than refusing newcomers.
 *
 * <p>Thread-safe. One lock per limit guards the buckets and the order in which they were last
 * used, which is what makes forgetting idle buckets cheap; the work under it is a few arithmetic
 * operations.
 */
public final class TokenBuckets {

    private final Allowance allowance;
    private final Clock clock;
    private final int maxKeys;
    private final long nanosToFill;

    // In access order: the first entries are the ones used least recently.
    private final LinkedHashMap<String, Bucket> buckets;

    public TokenBuckets(Allowance allowance, Clock clock, int maxKeys) {
        this.allowance = Objects.requireNonNull(allowance, "allowance");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1, not " + maxKeys);
        }
        this.maxKeys = maxKeys;
        this.nanosToFill = allowance.nanosToFill();
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > TokenBuckets.this.maxKeys;
            }
        };
    }

    /** Takes a token from {@code key}'s bucket if it has one. */
    public synchronized RateLimitDecision take(String key) {
        Objects.requireNonNull(key, "key");
        long now = nanos(clock.instant());
        forgetFullBuckets(now);
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            bucket = new Bucket(allowance.capacityUnits(), now);
            buckets.put(key, bucket);
        }
        return bucket.take(now);
    }

    /** How many callers are remembered now. */
    public synchronized int size() {
        return buckets.size();
    }

    public Allowance allowance() {
        return allowance;
    }

    private void forgetFullBuckets(long now) {
        Iterator<Bucket> oldestFirst = buckets.values().iterator();
        while (oldestFirst.hasNext()) {
            if (now - oldestFirst.next().updatedAt < nanosToFill) {
                // Every later bucket was used more recently still.
                return;
            }
            oldestFirst.remove();
        }
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private final class Bucket {

        private long units;
        private long updatedAt;

        Bucket(long units, long now) {
            this.units = units;
            this.updatedAt = now;
        }

        RateLimitDecision take(long now) {
            // A clock that steps back (the system clock may) refills nothing, and never drains.
            long elapsed = Math.max(0, now - updatedAt);
            updatedAt = Math.max(updatedAt, now);
            long capacity = allowance.capacityUnits();
            units = elapsed >= nanosToFill ? capacity : Math.min(capacity, units + elapsed * allowance.perMinute());
            if (units >= Allowance.UNITS_PER_TOKEN) {
                units -= Allowance.UNITS_PER_TOKEN;
                return RateLimitDecision.allow();
            }
            long missing = Allowance.UNITS_PER_TOKEN - units;
            return RateLimitDecision.refuse(Duration.ofNanos(Allowance.ceilDiv(missing, allowance.perMinute())));
        }
    }
}
