package org.ctphub.api.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

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
        List<String> allowed =
                Arrays.stream(type.getEnumConstants()).map(ApiNames::of).toList();
        throw new InvalidInputException(field, Refusal.of("input.one-of", Refusal.field(field), allowed));
    }

    /**
     * Reads a query parameter that may be repeated or hold several values separated by commas,
     * e.g. {@code status=raised,exploring&status=parked}; none means an empty set.
     */
    public static <E extends Enum<E>> Set<E> parseAll(Class<E> type, String field, List<String> values) {
        Set<E> parsed = EnumSet.noneOf(type);
        if (values == null) {
            return parsed;
        }
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",", -1)) {
                if (!part.isBlank()) {
                    parsed.add(parse(type, field, part.strip()));
                }
            }
        }
        return parsed;
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
