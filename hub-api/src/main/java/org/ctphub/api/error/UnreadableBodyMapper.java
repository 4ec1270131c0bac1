package org.ctphub.api.error;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not the JSON the endpoint expects (malformed, wrong types) is the
 * client's mistake: 400, not 500. Other processing failures are the server's, and stay 500.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return ProblemDetails.of(
                                Status.BAD_REQUEST,
                                "The request body is not valid JSON of the expected shape. Check its syntax and types.")
                        .toResponse();
            }
        }
        return UnexpectedExceptionMapper.serverError(exception);
    }
}
