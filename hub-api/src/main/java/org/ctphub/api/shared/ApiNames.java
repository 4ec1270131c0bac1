package org.ctphub.api.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ctphub.domain.shared.InvalidInputException;

/** Enum values appear in the API in lower case with hyphens, e.g. {@code trying-a-solution}. */
public final class ApiNames {

    private ApiNames() {}

    /** Reads an enum value in its API form; absent stays absent, anything else unknown is a 400 naming the field. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(value)) {
                return constant;
            }
        }
        String allowed =
                Arrays.stream(type.getEnumConstants()).map(ApiNames::of).collect(Collectors.joining(", "));
        throw new InvalidInputException(field, field + " must be one of: " + allowed);
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
