package org.ctphub.application.ratelimit;

/**
 * How much of a limited action one caller may do: up to {@code burst} at once, then
 * {@code perMinute} a minute, spread evenly (one every {@code 60 / perMinute} seconds).
 */
public record Allowance(int burst, int perMinute) {

    // Tokens are counted in these units, so that refilling is exact integer arithmetic: one minute
    // of waiting adds perMinute tokens, one nanosecond adds perMinute units.
    static final long UNITS_PER_TOKEN = 60_000_000_000L;

    // Keeps a full bucket plus a full refill (2 * burst * UNITS_PER_TOKEN) within a long.
    static final int MAX_BURST = 50_000_000;

    public Allowance {
        if (burst < 1 || burst > MAX_BURST) {
            throw new IllegalArgumentException("burst must be from 1 to " + MAX_BURST + ", not " + burst);
        }
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1, not " + perMinute);
        }
    }

    long capacityUnits() {
        return burst * UNITS_PER_TOKEN;
    }

    /** Nanoseconds for an empty bucket to fill up again. */
    long nanosToFill() {
        return ceilDiv(capacityUnits(), perMinute);
    }

    static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
