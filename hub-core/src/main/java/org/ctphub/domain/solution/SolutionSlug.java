package org.ctphub.domain.solution;

import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Slugs;

/** A solution's name in addresses, unique in its partnership, e.g. {@code events-calendar}. */
public record SolutionSlug(String value) {

    public static final int MAX_LENGTH = Slugs.MAX_LENGTH;

    public SolutionSlug {
        if (!isValid(value)) {
            throw new InvalidInputException("slug", Refusal.of("solution.slug.format", MAX_LENGTH));
        }
    }

    public static boolean isValid(String value) {
        return Slugs.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
