package org.ctphub.api.shared;

import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * The free text of a {@code q} query parameter. Any character may be typed, search operators
 * included: the searches treat all of it as words. Only its length is limited.
 */
public final class SearchQuery {

    /** Longer text answers 400; the searches themselves use the first 200 characters. */
    public static final int MAX_LENGTH = 1000;

    private SearchQuery() {}

    /** The text as given, or {@code null} for none. */
    public static String check(String field, String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.codePointCount(0, q.length()) > MAX_LENGTH) {
            throw new InvalidInputException(field, Refusal.of("input.too-long", Refusal.field(field), MAX_LENGTH));
        }
        return q;
    }
}
