package org.ctphub.api.shared;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response.Status;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctphub.api.error.ProblemDetails;
import org.ctphub.api.error.RequestRefusedException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * Reads the members of a JSON object request body one by one, so that a value of the wrong type
 * answers 400 naming its field (JSON-B would only say the body is wrong), so that a member sent as
 * {@code null} can be told apart from one not sent (which a partial update needs), and so that
 * every such mistake is reported at once. Absent and {@code null} members read as {@code null}.
 */
public final class JsonFields {

    /** Far above any valid body (a description is at most 20,000 characters); stops a flood early. */
    public static final int MAX_BODY_LENGTH = 256 * 1024;

    private final JsonObject object;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private JsonFields(JsonObject object) {
        this.object = object;
    }

    /** @throws RequestRefusedException when the body is missing, too large, not JSON or not an object */
    public static JsonFields parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", Refusal.of("request.body.missing"));
        }
        if (body.length() > MAX_BODY_LENGTH) {
            throw new RequestRefusedException(ProblemDetails.of(
                    413, "Content Too Large", "The request body must be at most " + MAX_BODY_LENGTH + " characters."));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new RequestRefusedException(ProblemDetails.of(
                    Status.BAD_REQUEST,
                    "The request body is not valid JSON of the expected shape. Check its syntax and types."));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("body", Refusal.of("request.body.missing"));
        }
        return new JsonFields(value.asJsonObject());
    }

    /** Whether the member was sent, even as {@code null}. */
    public boolean has(String name) {
        return object.containsKey(name);
    }

    public String text(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return wellFormed(name, string.getString());
        }
        return fail(name, name + " must be text");
    }

    /** Text that must be given and not blank; the domain still checks its length. */
    public String requiredText(String name) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            return fail(name, name + " is required");
        }
        return text;
    }

    public List<String> texts(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonArray array) {
            List<String> texts = new ArrayList<>(array.size());
            for (JsonValue item : array) {
                if (!(item instanceof JsonString string)) {
                    return fail(name, name + " must be a list of text, e.g. [\"a\", \"b\"]");
                }
                if (wellFormed(name, string.getString()) == null) {
                    return null;
                }
                texts.add(string.getString());
            }
            return texts;
        }
        return fail(name, name + " must be a list of text, e.g. [\"a\", \"b\"]");
    }

    /** A whole number from {@code min} up to {@link Integer#MAX_VALUE}. */
    public Integer wholeNumber(String name, int min) {
        Long number = longNumber(name, min);
        if (number == null) {
            return null;
        }
        if (number > Integer.MAX_VALUE) {
            return fail(name, name + " is too large");
        }
        return number.intValue();
    }

    /** A whole number from {@code min} up to {@link Long#MAX_VALUE}. */
    public Long longNumber(String name, long min) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            return fail(name, name + " must be a whole number");
        }
        long whole;
        try {
            whole = number.bigIntegerValueExact().longValueExact();
        } catch (ArithmeticException e) {
            return fail(name, name + " is too large");
        }
        if (whole < min) {
            return fail(name, name + " must be " + min + " or more");
        }
        return whole;
    }

    /** A calendar date written as in ISO 8601, e.g. {@code 2024-05-31}. */
    public LocalDate date(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return fail(name, name + " must be a date written like 2024-05-31");
        }
    }

    /** An enum value in its API form ({@link ApiNames}). */
    public <E extends Enum<E>> E name(Class<E> type, String name) {
        String text = text(name);
        try {
            return ApiNames.parse(type, name, text);
        } catch (InvalidInputException e) {
            return fail(name, e.getMessage());
        }
    }

    /** Records a mistake found by the caller of this reader; the first one per field is kept. */
    public void reject(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    /** @throws RequestRefusedException listing every field that must change, if any must */
    public void requireValid() {
        if (!errors.isEmpty()) {
            throw RequestRefusedException.invalidFields(errors.entrySet().stream()
                    .map(e -> new ProblemDetails.FieldError(e.getKey(), e.getValue()))
                    .toList());
        }
    }

    private JsonValue value(String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    /**
     * The text, if it is well-formed Unicode: a lone surrogate (JSON allows {@code "\\ud800"})
     * could not be stored as it was sent.
     */
    private String wellFormed(String name, String text) {
        if (StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
            return text;
        }
        return fail(name, Refusal.of("input.unicode", Refusal.field(name)).inEnglish());
    }

    private <T> T fail(String name, String message) {
        reject(name, message);
        return null;
    }
}
