package org.ctphub.application.solution;

import java.util.Objects;
import org.ctphub.domain.solution.Solution;

/**
 * The answer to a fork request: the fork, and whether this request made it or found the one an
 * earlier (or a simultaneous) identical request made, so that the API can say 201 or 200.
 *
 * @param fork the fork, in the current partnership
 * @param made whether this request stored it
 */
public record ForkOutcome(Solution fork, boolean made) {

    public ForkOutcome {
        Objects.requireNonNull(fork, "fork");
    }
}
