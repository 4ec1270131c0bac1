package org.ctphub.application.ratelimit;

import java.util.List;

/**
 * Where a request came from, as the edge sees it: the address of the connection (which may be
 * null when the server cannot tell) and the {@code X-Forwarded-For} headers as sent, which are
 * only believed from a trusted proxy ({@link ClientAddresses}).
 */
public record RequestOrigin(String remoteAddress, List<String> forwardedFor) {

    /** The header whose values {@code forwardedFor} holds. */
    public static final String FORWARDED_FOR = "X-Forwarded-For";

    public RequestOrigin {
        forwardedFor = forwardedFor == null ? List.of() : List.copyOf(forwardedFor);
    }

    public static RequestOrigin direct(String remoteAddress) {
        return new RequestOrigin(remoteAddress, List.of());
    }
}
