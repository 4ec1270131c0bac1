package org.ctphub.domain.solution;

import java.util.regex.Pattern;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/** A solution's name in addresses, unique in its partnership, e.g. {@code events-calendar}. */
public record SolutionSlug(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public SolutionSlug {
        if (!isValid(value)) {
            throw new InvalidInputException("slug", Refusal.of("solution.slug.format", MAX_LENGTH));
        }
    }

    public static boolean isValid(String value) {
        return value != null
                && value.length() >= 2
                && value.length() <= MAX_LENGTH
                && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
