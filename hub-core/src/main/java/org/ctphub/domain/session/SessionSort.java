package org.ctphub.domain.session;

import java.util.Locale;
import java.util.Objects;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * The orders a list of sessions can be sorted in: an allow-list, so no client text ever reaches
 * an ORDER BY. Ties are broken by id in the same direction, so pages never overlap.
 */
public record SessionSort(Key key, boolean ascending) {

    public enum Key {
        DATE,
        TITLE,
        UPDATED
    }

    public SessionSort {
        Objects.requireNonNull(key, "key");
    }

    /** Most recent sessions first. */
    public static SessionSort newestFirst() {
        return new SessionSort(Key.DATE, false);
    }

    /**
     * Reads a sort as a client or a page's address names it: {@code date}, {@code title} or
     * {@code updated}, ascending, or descending after a {@code -}; newest first when absent.
     */
    public static SessionSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return newestFirst();
        }
        String key = sort.strip();
        boolean descending = key.startsWith("-");
        if (descending) {
            key = key.substring(1);
        }
        if (key.isBlank()) {
            throw new InvalidInputException("sort", Refusal.of("session.sort.unknown"));
        }
        return parse(key, descending ? "desc" : "asc");
    }

    /**
     * Reads a sort as a client names it, e.g. {@code date} and {@code desc}; absent parts take the
     * default (date, descending).
     */
    public static SessionSort parse(String key, String direction) {
        Key parsedKey = Key.DATE;
        if (key != null && !key.isBlank()) {
            parsedKey = switch (key.strip().toLowerCase(Locale.ROOT)) {
                case "date" -> Key.DATE;
                case "title" -> Key.TITLE;
                case "updated" -> Key.UPDATED;
                default -> throw new InvalidInputException("sort", Refusal.of("session.sort.unknown"));
            };
        }
        boolean ascending = parsedKey == Key.TITLE;
        if (direction != null && !direction.isBlank()) {
            ascending = switch (direction.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> true;
                case "desc" -> false;
                default -> throw new InvalidInputException("direction", Refusal.of("session.direction.unknown"));
            };
        }
        return new SessionSort(parsedKey, ascending);
    }
}
