package org.ctphub.domain.solution;

import java.util.Locale;
import java.util.Optional;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * The order of a list of solutions, from an allow-list of keys. Solutions that tie are ordered by
 * their id in the same direction, so paging never skips or repeats one.
 */
public record SolutionSort(Key key, boolean ascending) {

    /** What a list can be sorted by. */
    public enum Key {
        NAME,
        /** Draft, published, retired. */
        STATUS,
        UPDATED,
        CREATED;

        /** e.g. {@code updated}, as a client names it. */
        public static Optional<Key> named(String name) {
            for (Key key : values()) {
                if (key.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(key);
                }
            }
            return Optional.empty();
        }
    }

    /** The keys as clients name them, for messages and documentation. */
    public static final String KEYS = "name, status, updated, created";

    public SolutionSort {
        if (key == null) {
            throw new IllegalArgumentException("key");
        }
    }

    /**
     * Reads a sort as a client or a page's address names it: a key from the allow-list, with a
     * leading {@code -} for descending; absent, the most recently updated first.
     */
    public static SolutionSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return recentlyUpdatedFirst();
        }
        String text = sort.strip();
        boolean descending = text.startsWith("-");
        return Key.named(descending ? text.substring(1) : text)
                .map(key -> new SolutionSort(key, !descending))
                .orElseThrow(() -> new InvalidInputException("sort", Refusal.of("solution.sort.unknown", KEYS)));
    }

    public static SolutionSort recentlyUpdatedFirst() {
        return new SolutionSort(Key.UPDATED, false);
    }
}
