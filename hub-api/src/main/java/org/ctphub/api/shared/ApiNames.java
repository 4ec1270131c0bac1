package org.ctphub.api.shared;

import java.util.Locale;

/** Enum values appear in the API in lower case with hyphens, e.g. {@code trying-a-solution}. */
public final class ApiNames {

    private ApiNames() {}

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
