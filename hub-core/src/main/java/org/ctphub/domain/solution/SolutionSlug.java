package org.ctphub.domain.solution;

import java.util.Set;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Slugs;

/**
 * A solution's name in addresses, unique in its partnership, e.g. {@code events-calendar}. The
 * words the workspace's addresses use beside a solution's slug ({@code solutions/new},
 * {@code solutions/fork}) are not slugs, so that every solution has a page of its own.
 */
public record SolutionSlug(String value) {

    public static final int MAX_LENGTH = Slugs.MAX_LENGTH;

    /** Taken by the workspace's pages: {@code /solutions/new} and {@code /solutions/fork}. */
    public static final Set<String> RESERVED = Set.of("new", "fork");

    public SolutionSlug {
        if (!isValid(value)) {
            throw new InvalidInputException("slug", Refusal.of("solution.slug.format", MAX_LENGTH));
        }
        if (RESERVED.contains(value)) {
            throw new InvalidInputException("slug", Refusal.of("solution.slug.reserved", value));
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
