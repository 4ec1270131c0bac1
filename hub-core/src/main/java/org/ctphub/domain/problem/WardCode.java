package org.ctphub.domain.problem;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * An electoral ward's code in the ONS Government Statistical Service (GSS) format: {@code E05}
 * (England), {@code W05} (Wales), {@code S13} (Scotland) or {@code N08} (Northern Ireland)
 * followed by six digits, e.g. {@code E05011368}.
 */
public record WardCode(String value) {

    public static final String FIELD = "wardCode";

    private static final Pattern FORMAT = Pattern.compile("(E05|W05|S13|N08)\\d{6}");

    public WardCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(FIELD, Refusal.of("problem.ward-code.format"));
        }
    }

    /** Reads a code as a person types it: surrounding spaces and lower case are forgiven; blank means none. */
    public static WardCode parseOptional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new WardCode(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
