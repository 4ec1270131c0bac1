package org.ctphub.api.error;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error shape of the API (RFC 9457). {@code errors} lists what to fix, field by field;
 * {@code currentVersion}, an extension member, tells a client refused for editing an outdated copy
 * which version is current; {@code correlationId} appears on server errors so a person can quote
 * it to an operator, and is repeated in the {@value #CORRELATION_ID_HEADER} header for clients
 * that log headers only.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "currentVersion", "correlationId"})
@Schema(
        description = "An error, as RFC 9457 problem details; errors lists the fields to fix",
        requiredProperties = {"type", "title", "status"})
public record ProblemDetails(
        @Schema(description = "Always about:blank: the status says what kind of error it is")
        String type,

        @Schema(description = "The status's reason phrase, e.g. Not Found")
        String title,

        @Schema(description = "The HTTP status code", minimum = "400", maximum = "599")
        int status,

        @Schema(description = "What went wrong, written for a person")
        String detail,

        List<FieldError> errors,

        @Schema(description = "On a 409 for an edit of an outdated copy: the version now saved")
        Long currentVersion,

        @Schema(description = "On a server error: quote it when reporting the error")
        String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";

    /** One input to change and why. */
    @Schema(
            description = "One input to change, and why",
            requiredProperties = {"field", "message"})
    public record FieldError(
            @Schema(description = "The body member, query parameter or header, as the client sent it")
            String field,

            @Schema(description = "What to change, written for a person")
            String message) {}

    public static ProblemDetails of(Response.Status status, String detail) {
        return new ProblemDetails(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null, null);
    }

    public static ProblemDetails of(int status, String title, String detail) {
        return new ProblemDetails("about:blank", title, status, detail, null, null, null);
    }

    /**
     * A refusal known only by its status (no such path, wrong method...), with a generic detail
     * that echoes nothing of the request.
     */
    public static ProblemDetails forStatus(int status, String title) {
        return of(status, title, genericDetail(status));
    }

    public ProblemDetails withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetails(type, title, status, detail, List.copyOf(fieldErrors), currentVersion, correlationId);
    }

    public ProblemDetails withCurrentVersion(long version) {
        return new ProblemDetails(type, title, status, detail, errors, version, correlationId);
    }

    public ProblemDetails withCorrelationId(String id) {
        return new ProblemDetails(type, title, status, detail, errors, currentVersion, id);
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                // An error is about one moment; a cache that kept it would replay it, id and all.
                .header("Cache-Control", "no-store")
                .entity(this);
        if (correlationId != null) {
            response.header(CORRELATION_ID_HEADER, correlationId);
        }
        return response.build();
    }

    private static String genericDetail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read. Check its syntax and types.";
            case 401 -> "Sign in to do this.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address answers in JSON only.";
            case 415 -> "Send the request body as JSON.";
            default ->
                status >= 500
                        ? "Something went wrong on our side. Quote the correlation id if you report it."
                        : "The request was refused.";
        };
    }
}
