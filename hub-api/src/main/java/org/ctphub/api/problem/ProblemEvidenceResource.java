package org.ctphub.api.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ctphub.api.HubApi;
import org.ctphub.application.problem.NewEvidence;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.session.SessionLog;
import org.ctphub.domain.problem.EvidenceItem;
import org.ctphub.domain.problem.EvidenceNotFoundException;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.session.SessionNotFoundException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evidence that a problem of the partnership in the path is real. Tech advisors and organisers
 * of the partnership add it; an organiser may take back only what they added.
 */
@Path("/v1/partnerships/{slug}/problems/{reference}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Problems")
public class ProblemEvidenceResource {

    @Inject
    ProblemRegister register;

    @Inject
    SessionLog sessionLog;

    @Inject
    ProblemViews views;

    @Inject
    ProblemGuard guard;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addEvidence",
            summary = "Add evidence to a problem (tech advisors and organisers of this partnership)",
            description = "Evidence does not change the problem's version: an edit in progress meets no conflict "
                    + "because evidence arrived.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "201",
            description = "The evidence, with its id; Location says where it lives",
            headers = @Header(name = "Location", description = "Where the evidence lives"),
            content = @Content(schema = @Schema(ref = "EvidenceJson")))
    @APIResponse(
            responseCode = "400",
            description = "The body is not valid JSON, or fields must change (e.g. a date in the future, a "
                    + "negative number of people, a session not of this partnership); errors names them")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor or organiser of this partnership")
    @APIResponse(
            responseCode = "404",
            description = "No problem the caller may read has this reference in this partnership")
    @APIResponse(responseCode = "413", description = "The body is larger than any valid evidence")
    public Response add(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference") String reference,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "NewEvidenceJson")))
                    String body) {
        guard.requirePublicPartnership();
        guard.requireSignedIn();
        Problem problem = guard.readable(reference);
        NewEvidence evidence = ProblemBodies.newEvidence(body);
        requireSessionHere(evidence.sessionId());
        EvidenceItem item = register.addEvidence(problem.reference(), evidence);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(item.id()))
                        .build())
                .entity(views.of(item))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvidence", summary = "Read one piece of evidence of a problem the caller may read")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = HubApi.BEARER))
    @APIResponse(
            responseCode = "200",
            description = "The evidence",
            content = @Content(schema = @Schema(ref = "EvidenceJson")))
    @APIResponse(responseCode = "401", description = "A bearer token was sent but is not valid")
    @APIResponse(responseCode = "404", description = "No such problem the caller may read, or no such evidence of it")
    public EvidenceJson get(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference") String reference,
            @Parameter(
                            description = "The evidence's id",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id) {
        guard.requirePublicPartnership();
        Problem problem = guard.readable(reference);
        return views.of(problem.findEvidence(evidenceId(id)).orElseThrow(EvidenceNotFoundException::new));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "removeEvidence",
            summary = "Remove evidence from a problem",
            description = "Tech advisors of the partnership remove any evidence; its organisers only evidence they "
                    + "added.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(
            responseCode = "403",
            description = "Not a tech advisor of this partnership, nor the organiser who added it")
    @APIResponse(responseCode = "404", description = "No such problem the caller may read, or no such evidence of it")
    public Response remove(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference") String reference,
            @Parameter(
                            description = "The evidence's id",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id) {
        guard.requirePublicPartnership();
        guard.requireSignedIn();
        Problem problem = guard.readable(reference);
        register.removeEvidence(problem.reference(), evidenceId(id));
        return Response.noContent().build();
    }

    /**
     * Evidence may name only a session of this partnership. Sessions are found in the current
     * partnership only, so another's id is not found, exactly like a missing one.
     */
    private void requireSessionHere(Long sessionId) {
        if (sessionId == null) {
            return;
        }
        try {
            sessionLog.get(sessionId);
        } catch (SessionNotFoundException e) {
            throw new InvalidInputException("sessionId", Refusal.of("problem.evidence.session-here"));
        }
    }

    private static long evidenceId(String id) {
        if (id == null || !id.matches("[1-9]\\d{0,17}")) {
            throw new EvidenceNotFoundException();
        }
        return Long.parseLong(id);
    }
}
