package org.ctphub.domain.shared;

import java.util.regex.Pattern;

/**
 * The one rule for the short names in the hub's addresses ({@code hulme-moss-side},
 * {@code events-calendar}): lower-case letters and digits in words joined by single hyphens.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    public static boolean isValid(String value) {
        return value != null
                && value.length() >= 2
                && value.length() <= MAX_LENGTH
                && FORMAT.matcher(value).matches();
    }
}
