package org.ctphub.api.solution;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctphub.api.error.ProblemDetails;
import org.ctphub.api.shared.ExpectedVersion;

/** A change of a solution that changed since the editor read it: 409 with the solution as it is now, and its ETag. */
@Provider
public class SolutionConflictMapper implements ExceptionMapper<SolutionConflictException> {

    @Override
    public Response toResponse(SolutionConflictException conflict) {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.valueOf(ProblemDetails.MEDIA_TYPE + ";charset=UTF-8"))
                .header("Cache-Control", "no-store")
                .tag(ExpectedVersion.tag(conflict.answer().currentVersion()))
                .entity(conflict.answer())
                .build();
    }
}
