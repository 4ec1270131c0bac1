package org.ctphub.domain.solution;

/** What connection a solution's users need: many of the people it serves are on slow or no connections. */
public enum Connectivity {
    WORKS_OFFLINE,
    LOW_BANDWIDTH,
    NEEDS_GOOD_CONNECTION;

    /** Whether the library's "works offline or on low bandwidth" filter includes it. */
    public boolean worksWithoutGoodConnection() {
        return this != NEEDS_GOOD_CONNECTION;
    }
}
