package org.ctphub.domain.partnership;

import java.util.regex.Pattern;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/** The letters that start every problem reference of a partnership, e.g. {@code HMS} in {@code HMS-0042}. */
public record ReferencePrefix(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,6}");

    public ReferencePrefix {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("referencePrefix", Refusal.of("partnership.reference-prefix.format"));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
