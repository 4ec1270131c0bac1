package org.ctphub.domain.problem;

import java.util.Locale;
import java.util.Optional;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * The order of a list of problems, from an allow-list of keys. Problems that tie are ordered by
 * their id in the same direction, so paging never skips or repeats one.
 */
public record ProblemSort(Key key, boolean ascending) {

    /** What a list can be sorted by. */
    public enum Key {
        /** References are handed out in order, so this is also the order problems were raised in. */
        REFERENCE,
        TITLE,
        /** Along the way from raised to solved, parked last. */
        STATUS,
        /** From low to urgent. */
        PRIORITY,
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

    private static final ProblemSort NEWEST_FIRST = new ProblemSort(Key.REFERENCE, false);

    public ProblemSort {
        if (key == null) {
            throw new IllegalArgumentException("key");
        }
    }

    /** The keys as clients name them, for messages and documentation. */
    public static final String KEYS = "reference, title, status, priority, updated, created";

    /**
     * Reads a sort as a client or a page's address names it: a key from the allow-list, with a
     * leading {@code -} for descending; absent, the most recently updated first.
     */
    public static ProblemSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return descending(Key.UPDATED);
        }
        String text = sort.strip();
        boolean descending = text.startsWith("-");
        return Key.named(descending ? text.substring(1) : text)
                .map(key -> descending ? descending(key) : ascending(key))
                .orElseThrow(() -> new InvalidInputException("sort", Refusal.of("problem.sort.unknown", KEYS)));
    }

    public static ProblemSort newestFirst() {
        return NEWEST_FIRST;
    }

    public static ProblemSort ascending(Key key) {
        return new ProblemSort(key, true);
    }

    public static ProblemSort descending(Key key) {
        return new ProblemSort(key, false);
    }
}
