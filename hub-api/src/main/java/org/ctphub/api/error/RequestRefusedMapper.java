package org.ctphub.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Passes on a refusal the edge has already written. */
@Provider
public class RequestRefusedMapper implements ExceptionMapper<RequestRefusedException> {

    @Override
    public Response toResponse(RequestRefusedException exception) {
        return exception.details().toResponse();
    }
}
