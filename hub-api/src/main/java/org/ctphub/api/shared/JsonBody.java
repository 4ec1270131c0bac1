package org.ctphub.api.shared;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * A request body read as a JSON object, field by field, so that a value of the wrong type answers
 * 400 naming that field rather than a bare "cannot read the body". JSON-P does the parsing; this
 * only checks the type of each value it is asked for. Absent fields and JSON {@code null} read as
 * absent; fields it is not asked for are ignored.
 */
public final class JsonBody {

    private final JsonObject object;

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    /**
     * Parses a body that must be one JSON object.
     *
     * @param what what the body describes, for the message, e.g. {@code Refusal.of("request.body.session")}
     * @throws InvalidInputException on field {@code body} when it is empty, not JSON or not an object
     */
    public static JsonBody parse(String text, Refusal what) {
        Refusal notObject = Refusal.of("request.body.not-object", what);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("body", notObject);
        }
        Refusal notJson = Refusal.of("request.body.not-json", what);
        // A parser rather than a reader: the reader stops after the first value and ignores what follows.
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new InvalidInputException("body", notObject);
            }
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new InvalidInputException("body", notObject);
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new InvalidInputException("body", notJson);
            }
            return new JsonBody(object);
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new InvalidInputException("body", notJson);
        }
    }

    /** A string field; text that is not well-formed Unicode (a lone surrogate) is refused. */
    public String text(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException(field, Refusal.of("input.text", Refusal.field(field)));
        }
        String text = string.getString();
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
            throw new InvalidInputException(field, Refusal.of("input.unicode", Refusal.field(field)));
        }
        return text;
    }

    /** A whole number that fits an {@code int}, or {@code absent} when the field is missing or null. */
    public int wholeNumber(String field, int absent) {
        JsonValue value = value(field);
        if (value == null) {
            return absent;
        }
        if (value instanceof JsonNumber number) {
            try {
                return number.intValueExact();
            } catch (RuntimeException notAnInt) {
                // fractional, too large, or an exponent the parser refuses to expand
            }
        }
        throw new InvalidInputException(field, Refusal.of("input.whole-number", Refusal.field(field)));
    }

    /** A whole number that fits a {@code long}, or {@code null} when absent. */
    public Long longNumber(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            try {
                return number.longValueExact();
            } catch (RuntimeException notALong) {
                // as for wholeNumber
            }
        }
        throw new InvalidInputException(field, Refusal.of("input.whole-number", Refusal.field(field)));
    }

    /** {@code true} or {@code false}, or {@code null} when absent. */
    public Boolean bool(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new InvalidInputException(field, Refusal.of("input.true-or-false", Refusal.field(field)));
    }

    /** An ISO-8601 date, e.g. {@code 2025-03-14}, or {@code null} when absent. */
    public LocalDate date(String field) {
        return ApiDates.parse(field, text(field));
    }

    private JsonValue value(String field) {
        JsonValue value = object.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }
}
