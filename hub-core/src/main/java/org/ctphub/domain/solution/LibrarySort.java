package org.ctphub.domain.solution;

import java.util.Locale;
import java.util.Optional;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/** The order of the public library's list. */
public enum LibrarySort {
    /** Best match first; without search text, the most recently published first. */
    RELEVANCE,
    NAME,
    /** The most recently published first. */
    RECENT;

    /** The keys as clients name them, for messages and documentation. */
    public static final String KEYS = "relevance, name, recent";

    /** e.g. {@code name}, as a client names it. */
    public static Optional<LibrarySort> named(String name) {
        for (LibrarySort sort : values()) {
            if (sort.inputName().equals(name)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a sort as a client or the library's address names it; absent, by relevance.
     *
     * @throws InvalidInputException naming the keys, for any other text
     */
    public static LibrarySort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return RELEVANCE;
        }
        return named(sort.strip())
                .orElseThrow(() -> new InvalidInputException("sort", Refusal.of("library.sort.unknown", KEYS)));
    }

    public String inputName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
