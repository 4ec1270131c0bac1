package org.ctphub.domain.solution;

import java.util.regex.Pattern;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * The key a client gives a fork request (the API's {@code Idempotency-Key}, a form's hidden
 * field), unique in the partnership: the same key again is the same request, and finds the fork
 * it made instead of making another. Any 1 to 64 printable ASCII characters (a UUID, a token in
 * base 64), without spaces at either end, which an HTTP header could not carry. The database
 * compares keys without regard to case: two keys that differ only in case clash (a 409), so a
 * client should not rely on case alone to tell its keys apart.
 */
public record ForkRequestKey(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT =
            Pattern.compile("[\\x21-\\x7E](?:[\\x20-\\x7E]{0," + (MAX_LENGTH - 2) + "}[\\x21-\\x7E])?");

    public ForkRequestKey {
        if (!isValid(value)) {
            throw new InvalidInputException("idempotencyKey", Refusal.of("solution.fork.key-format", MAX_LENGTH));
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
