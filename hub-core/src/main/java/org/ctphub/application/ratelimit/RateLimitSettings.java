package org.ctphub.application.ratelimit;

import java.util.List;

/** The port through which the limits read their configuration. */
public interface RateLimitSettings {

    /** How much of this action one caller may do. */
    Allowance allowance(RateLimit limit);

    /** The IP addresses of the proxies whose {@code X-Forwarded-For} is believed; usually none. */
    List<String> trustedProxies();
}
