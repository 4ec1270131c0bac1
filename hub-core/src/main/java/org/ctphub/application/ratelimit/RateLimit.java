package org.ctphub.application.ratelimit;

/**
 * The actions the hub limits. Each has buckets of its own, so searching never uses up a caller's
 * forks, and settings of its own, {@code ctphub.rate-limit.<name>.burst} and {@code .per-minute}.
 */
public enum RateLimit {
    SEARCH("search", "searches"),
    FORK("fork", "forks"),
    EXPORT("export", "exports");

    private final String configName;
    private final String plural;

    RateLimit(String configName, String plural) {
        this.configName = configName;
        this.plural = plural;
    }

    /** The limit's name in its configuration keys, e.g. {@code search}. */
    public String configName() {
        return configName;
    }

    /** What is counted, for messages: "too many searches". */
    public String plural() {
        return plural;
    }
}
