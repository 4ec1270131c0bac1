package org.ctphub.domain.solution;

import java.util.regex.Pattern;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * The key a client gives a fork request (the API's {@code Idempotency-Key}, a form's hidden
 * field), unique in the partnership: the same key again is the same request, and finds the fork
 * it made instead of making another.
 */
public record ForkRequestKey(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    public ForkRequestKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("idempotencyKey", Refusal.of("solution.fork.key-format", MAX_LENGTH));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
