package org.ctphub.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctphub.domain.session.SessionChangedException;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.shared.UnavailableException;

/** Business exceptions carry messages written for the client, so they are passed on as they are. */
@Provider
public class HubExceptionMapper implements ExceptionMapper<HubException> {

    private static final Logger LOG = Logger.getLogger(HubExceptionMapper.class.getName());

    @Override
    public Response toResponse(HubException exception) {
        if (exception instanceof NotFoundException) {
            return ProblemDetails.of(Status.NOT_FOUND, exception.getMessage()).toResponse();
        }
        if (exception instanceof UnauthenticatedException) {
            return Response.fromResponse(ProblemDetails.of(Status.UNAUTHORIZED, exception.getMessage())
                            .toResponse())
                    .header("WWW-Authenticate", "Bearer realm=\"ctp-hub\"")
                    .build();
        }
        if (exception instanceof ForbiddenException) {
            return ProblemDetails.of(Status.FORBIDDEN, exception.getMessage()).toResponse();
        }
        if (exception instanceof UnavailableException) {
            LOG.log(Level.WARNING, "A dependency failed: " + exception, exception.getCause());
            return Response.fromResponse(ProblemDetails.of(Status.SERVICE_UNAVAILABLE, exception.getMessage())
                            .toResponse())
                    .header("Retry-After", "30")
                    .build();
        }
        if (exception instanceof SessionChangedException changed) {
            return ProblemDetails.of(Status.CONFLICT, changed.getMessage())
                    .withCurrentVersion(changed.currentVersion())
                    .toResponse();
        }
        if (exception instanceof ConflictException) {
            return ProblemDetails.of(Status.CONFLICT, exception.getMessage()).toResponse();
        }
        if (exception instanceof InvalidInputException invalid) {
            return ProblemDetails.of(Status.BAD_REQUEST, "The request has a value that must change.")
                    .withErrors(List.of(new ProblemDetails.FieldError(invalid.field(), invalid.getMessage())))
                    .toResponse();
        }
        return ProblemDetails.of(Status.BAD_REQUEST, exception.getMessage()).toResponse();
    }
}
