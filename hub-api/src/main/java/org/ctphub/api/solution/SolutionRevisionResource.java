package org.ctphub.api.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.ctphub.api.HubApi;
import org.ctphub.application.solution.SolutionWorkshop;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.solution.SolutionRevision;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published revisions of one of the partnership's solutions, as they were published. They
 * are read only: nothing here, or anywhere, changes or removes one (the database refuses it too),
 * so any other method answers 405.
 */
@Path("/v1/partnerships/{slug}/solutions/{solution}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Solutions")
public class SolutionRevisionResource {

    private static final Pattern NUMBER = Pattern.compile("[1-9]\\d{0,8}");

    @Inject
    SolutionWorkshop workshop;

    @Inject
    SolutionViews views;

    @Inject
    SolutionGuard guard;

    @GET
    @Operation(
            operationId = "listSolutionRevisions",
            summary = "List a solution's published revisions, newest first (members of this partnership and the "
                    + "central team)")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The revisions, newest first; empty while never published",
            content = @Content(schema = @Schema(ref = "SolutionRevisionList")))
    @APIResponse(responseCode = "401", description = SolutionResource.NO_TOKEN)
    @APIResponse(responseCode = "404", description = SolutionResource.NOT_FOUND)
    public Response list(@Parameter(description = SolutionResource.SOLUTION) @PathParam("solution") String solution) {
        guard.requireWorkspace();
        List<SolutionRevisionSummaryJson> revisions = workshop.revisions(SolutionGuard.slug(solution)).stream()
                .map(SolutionRevisionSummaryJson::of)
                .toList();
        // A Response, not a List: Payara's scanner misreads a List's type argument.
        return Response.ok(revisions).build();
    }

    @GET
    @Path("/{revision}")
    @Operation(
            operationId = "getSolutionRevision",
            summary = "Read one published revision of a solution, exactly as it was published (members of this "
                    + "partnership and the central team)")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The revision",
            content = @Content(schema = @Schema(ref = "SolutionRevisionJson")))
    @APIResponse(responseCode = "401", description = SolutionResource.NO_TOKEN)
    @APIResponse(
            responseCode = "404",
            description = SolutionResource.NOT_FOUND + "; or the solution has no published revision with this number")
    public SolutionRevisionJson get(
            @Parameter(description = SolutionResource.SOLUTION) @PathParam("solution") String solution,
            @Parameter(
                            description = "The revision's number, from 1",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                    @PathParam("revision")
                    String revision) {
        guard.requireWorkspace();
        List<SolutionRevision> revisions = workshop.revisions(SolutionGuard.slug(solution));
        if (!NUMBER.matcher(revision).matches()) {
            throw new NotFoundException(Refusal.of("solution.revision.not-found", 0));
        }
        int number = Integer.parseInt(revision);
        return revisions.stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .map(views::of)
                .orElseThrow(() -> new NotFoundException(Refusal.of("solution.revision.not-found", number)));
    }
}
