package org.ctphub.domain.shared;

/**
 * Checks on free text typed by people. Text is kept exactly as given; lengths are counted in
 * characters (code points), as MariaDB counts them, so an emoji counts once.
 */
public final class Texts {

    private Texts() {}

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.required(field);
        }
        return bounded(field, value, maxLength);
    }

    /** Blank optional text is stored as absent. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(field, value, maxLength);
    }

    private static String bounded(String field, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidInputException(field, Refusal.of("input.too-long", Refusal.field(field), maxLength));
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, Refusal.of("input.nul", Refusal.field(field)));
        }
        return value;
    }
}
