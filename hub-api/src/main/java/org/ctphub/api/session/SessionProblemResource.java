package org.ctphub.api.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ctphub.api.HubApi;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.text.Markdown;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The problems a session worked on. Only a problem of the same partnership can be linked: any
 * other reference is not found, exactly like one that does not exist.
 */
@Path("/v1/partnerships/{slug}/sessions/{id}/problems/{reference}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Co-design sessions")
public class SessionProblemResource {

    private static final String REFERENCE = "A problem of this partnership, e.g. HMS-0042";

    @Inject
    SessionLog log;

    @Inject
    Markdown markdown;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    PartnershipDirectory directory;

    @PUT
    @Operation(
            operationId = "linkProblemToSession",
            summary = "Link a problem to a session (tech advisors and organisers)",
            description = "Linking a problem that is already linked changes nothing.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The session with its linked problems",
            headers = @Header(name = SessionResource.ETAG, description = SessionResource.ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SessionJson")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor or organiser of this partnership")
    @APIResponse(
            responseCode = "404",
            description = "No session has this id, or no problem this reference, in this partnership")
    public Response link(
            @Parameter(
                            description = SessionResource.SESSION_ID,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id,
            @Parameter(description = REFERENCE) @PathParam("reference") String reference) {
        requireVisiblePartnership();
        return SessionResource.ok(log.linkProblem(SessionRequests.id(id), reference(reference)), markdown);
    }

    @DELETE
    @Operation(
            operationId = "unlinkProblemFromSession",
            summary = "Unlink a problem from a session (tech advisors and organisers)",
            description = "Unlinking a problem that is not linked changes nothing.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The session with its remaining linked problems",
            headers = @Header(name = SessionResource.ETAG, description = SessionResource.ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SessionJson")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor or organiser of this partnership")
    @APIResponse(
            responseCode = "404",
            description = "No session has this id, or no problem this reference, in this partnership")
    public Response unlink(
            @Parameter(
                            description = SessionResource.SESSION_ID,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id,
            @Parameter(description = REFERENCE) @PathParam("reference") String reference) {
        requireVisiblePartnership();
        return SessionResource.ok(log.unlinkProblem(SessionRequests.id(id), reference(reference)), markdown);
    }

    /** A reference that cannot exist is not found, like one that does not. */
    private static ProblemReference reference(String text) {
        if (!ProblemReference.isWellFormed(text)) {
            throw new ProblemNotFoundException();
        }
        return ProblemReference.parse(text);
    }

    private void requireVisiblePartnership() {
        directory.get(currentPartnership.require().slug());
    }
}
