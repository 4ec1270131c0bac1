package org.ctphub.domain.solution;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ctphub.domain.problem.SearchText;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Slugs;

/**
 * What someone looks for in the public library: search text and filters, each optional. Codes
 * are checked for their form only; a theme, language or licence no solution has simply finds
 * nothing.
 *
 * @param text words to search names, taglines and descriptions for
 * @param theme a theme id, e.g. {@code loneliness}
 * @param kind the kind of solution
 * @param maturity how far it has come
 * @param language a language code the solution works in, e.g. {@code cy}
 * @param licence an SPDX licence id, e.g. {@code AGPL-3.0-or-later}
 * @param worksOffline only solutions that work offline or on a low-bandwidth connection
 * @param sort the order of the list
 */
public record LibraryQuery(
        SearchText text,
        String theme,
        SolutionKind kind,
        Maturity maturity,
        String language,
        String licence,
        boolean worksOffline,
        LibrarySort sort) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern SPDX_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]{0,63}");

    public LibraryQuery {
        if (theme != null && !Slugs.isValid(theme)) {
            throw new InvalidInputException("theme", Refusal.of("library.theme.format"));
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new InvalidInputException("language", Refusal.of("library.language.format"));
        }
        if (licence != null && !SPDX_ID.matcher(licence).matches()) {
            throw new InvalidInputException("licence", Refusal.of("library.licence.format"));
        }
        if (sort == null) {
            sort = LibrarySort.RELEVANCE;
        }
    }

    /**
     * Reads a query as a client or the library's address gives it: each value optional; kinds and
     * maturities by their input names ({@code software}, {@code in-use}).
     *
     * @throws InvalidInputException naming the first value that is not one the library knows
     */
    public static LibraryQuery of(
            String text,
            String theme,
            String kind,
            String maturity,
            String language,
            String licence,
            boolean worksOffline,
            String sort) {
        return new LibraryQuery(
                SearchText.of(text),
                blankAsNull(theme),
                constant("kind", SolutionKind.class, kind, known -> Refusal.of("library.kind.unknown", known)),
                constant("maturity", Maturity.class, maturity, known -> Refusal.of("library.maturity.unknown", known)),
                blankAsNull(language),
                blankAsNull(licence),
                worksOffline,
                LibrarySort.parse(sort));
    }

    /** A kind or maturity as addresses name it: lower case, with hyphens, e.g. {@code service-or-practice}. */
    public static String inputName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E constant(
            String field, Class<E> type, String given, Function<String, Refusal> refusal) {
        String value = blankAsNull(given);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (inputName(constant).equals(value)) {
                return constant;
            }
        }
        String known = Arrays.stream(type.getEnumConstants())
                .map(LibraryQuery::inputName)
                .collect(Collectors.joining(", "));
        throw new InvalidInputException(field, refusal.apply(known));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Everything in the library, most recently published first. */
    public static LibraryQuery everything() {
        return new LibraryQuery(null, null, null, null, null, null, false, LibrarySort.RELEVANCE);
    }

    /** Whether anything narrows the list. */
    public boolean isFiltered() {
        return text != null
                || theme != null
                || kind != null
                || maturity != null
                || language != null
                || licence != null
                || worksOffline;
    }
}
