package org.ctphub.api.error;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B's own failure to read a body, when the runtime passes it on unwrapped. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return ProblemDetails.of(
                        Status.BAD_REQUEST,
                        "The request body is not valid JSON of the expected shape. Check its syntax and types.")
                .toResponse();
    }
}
