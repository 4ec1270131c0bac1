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
        Response response = ProblemDetails.of(status, statusType.getReasonPhrase(), detailFor(status))
                .toResponse();
        if (original.getHeaderString("Allow") != null) {
            return Response.fromResponse(response)
                    .header("Allow", original.getHeaderString("Allow"))
                    .build();
        }
        return response;
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be read. Check its syntax and types.";
            case 401 -> "Sign in to do this.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address answers in JSON only.";
            case 415 -> "Send the request body as JSON.";
            default -> "The request was refused.";
        };
    }
}
