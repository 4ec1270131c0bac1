package org.ctphub.api.error;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one error shape of the API (RFC 9457). {@code errors} lists what to fix, field by field;
 * {@code correlationId} appears on server errors so a person can quote it to an operator.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "correlationId"})
public record ProblemDetails(
        String type, String title, int status, String detail, List<FieldError> errors, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One input to change and why. */
    public record FieldError(String field, String message) {}

    public static ProblemDetails of(Response.Status status, String detail) {
        return new ProblemDetails("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public static ProblemDetails of(int status, String title, String detail) {
        return new ProblemDetails("about:blank", title, status, detail, null, null);
    }

    public ProblemDetails withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetails(type, title, status, detail, List.copyOf(fieldErrors), correlationId);
    }

    public ProblemDetails withCorrelationId(String id) {
        return new ProblemDetails(type, title, status, detail, errors, id);
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(this)
                .build();
    }
}
