package org.ctphub.api.error;

import java.util.List;

/**
 * A refusal the edge decides on its own, already in its final shape: several fields to fix at
 * once, a missing precondition, a body too large. Business refusals stay {@code HubException}s.
 */
public class RequestRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemDetails details;

    public RequestRefusedException(ProblemDetails details) {
        super(details.detail(), null, false, false);
        this.details = details;
    }

    /** 400 with every field that must change. */
    public static RequestRefusedException invalidFields(List<ProblemDetails.FieldError> errors) {
        return new RequestRefusedException(ProblemDetails.of(
                        jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                        errors.size() == 1
                                ? "The request has a value that must change."
                                : "The request has values that must change.")
                .withErrors(errors));
    }

    public ProblemDetails details() {
        return details;
    }
}
