package org.ctphub.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctphub.api.error.ProblemDetails;
import org.ctphub.api.shared.ExpectedVersion;
import org.ctphub.domain.problem.EditConflictException;

/**
 * An edit of a problem that changed since the editor read it. More specific than the mapper of
 * every business exception, so JAX-RS chooses this one for it. Only members who may edit reach
 * the version check, so the names and values here are theirs to see.
 */
@Provider
public class EditConflictMapper implements ExceptionMapper<EditConflictException> {

    @Override
    public Response toResponse(EditConflictException conflict) {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.valueOf(ProblemDetails.MEDIA_TYPE + ";charset=UTF-8"))
                .header("Cache-Control", "no-store")
                .tag(ExpectedVersion.tag(conflict.currentVersion()))
                .entity(ProblemConflictJson.of(conflict))
                .build();
    }
}
