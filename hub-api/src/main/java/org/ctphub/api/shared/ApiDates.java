package org.ctphub.api.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/** Dates as the API reads them, in bodies and query parameters alike: ISO-8601, e.g. {@code 2025-03-14}. */
public final class ApiDates {

    private ApiDates() {}

    /** Absent or blank stays absent; anything else unreadable is a 400 naming the field. */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Refusal.of("input.date", Refusal.field(field)));
        }
    }
}
