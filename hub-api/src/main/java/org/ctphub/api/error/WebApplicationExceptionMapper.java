package org.ctphub.api.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The framework's own refusals (no such path, method not allowed, unsupported media type) in the
 * same shape as every other error. Their messages are generic: nothing internal is echoed.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.serverError(exception);
        }
        Response.StatusType statusType = original.getStatusInfo();
        Response response =
                ProblemDetails.forStatus(status, statusType.getReasonPhrase()).toResponse();
        if (original.getHeaderString("Allow") != null) {
            return Response.fromResponse(response)
                    .header("Allow", original.getHeaderString("Allow"))
                    .build();
        }
        return response;
    }
}
