package org.ctphub.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged in full with a correlation id, answered with that id and nothing
 * else, so that no stack trace or SQL ever reaches a client.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        return serverError(exception);
    }

    static Response serverError(Throwable exception) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, exception);
        return ProblemDetails.of(
                        Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. Quote the correlation id if you report it.")
                .withCorrelationId(correlationId)
                .toResponse();
    }
}
