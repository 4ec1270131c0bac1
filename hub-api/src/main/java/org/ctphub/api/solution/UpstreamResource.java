package org.ctphub.api.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.ctphub.api.HubApi;
import org.ctphub.api.shared.ExpectedVersion;
import org.ctphub.application.solution.Forking;
import org.ctphub.application.solution.UpstreamReview;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.solution.SolutionField;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.UpstreamChoice;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What changed upstream since a fork of this partnership was based on it, and the fork's
 * decisions: each changed field is adopted (taken into the fork's working copy) or skipped. Once
 * every change of the upstream's latest revision is decided, the fork is based on that revision.
 */
@Path("/v1/partnerships/{slug}/solutions/{solution}/upstream")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Solutions")
public class UpstreamResource {

    private static final String FIELD = "A field the upstream changed, by its name in requests, e.g. tagline, themes, "
            + "monthlyCostPounds: one of the fields of the changes listed";

    private static final String NOT_A_FORK = SolutionResource.NOT_FOUND + "; or the solution is not a fork";

    @Inject
    Forking forking;

    @Inject
    SolutionViews views;

    @Inject
    SolutionGuard guard;

    @GET
    @Operation(
            operationId = "getUpstreamChanges",
            summary = "What changed upstream since a fork was based on it (members of this partnership and the "
                    + "central team)",
            description = "Field by field, between the upstream revision the fork is based on and the upstream's "
                    + "latest: before and after (added and removed for themes and languages), and what the fork "
                    + "decided so far. Empty once every change is decided. Says whether the upstream was retired. "
                    + "The ETag is the fork's version, to send with a decision.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The changes and the decisions so far",
            headers = @Header(name = SolutionResource.ETAG, description = SolutionResource.ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "UpstreamReviewJson")))
    @APIResponse(responseCode = "401", description = SolutionResource.NO_TOKEN)
    @APIResponse(responseCode = "404", description = NOT_A_FORK)
    public Response get(@Parameter(description = SolutionResource.SOLUTION) @PathParam("solution") String solution) {
        guard.requireWorkspace();
        return tagged(forking.upstreamChanges(SolutionGuard.slug(solution)));
    }

    @POST
    @Path("/{field}/adopt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "adoptUpstreamChange",
            summary = "Take one field the upstream changed into the fork (tech advisors of this partnership)",
            description = "The upstream's latest value replaces the fork's (for themes, as far as this partnership's "
                    + "taxonomy has them). Name the fork's version as version in the body or as If-Match (the body "
                    + "may then be empty).")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The changes with this decision, and the fork's new version as ETag",
            headers = @Header(name = SolutionResource.ETAG, description = SolutionResource.ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "UpstreamReviewJson")))
    @APIResponse(
            responseCode = "400",
            description = "field names no field, or one the upstream did not change (errors names field), or the "
                    + "body is not valid")
    @APIResponse(responseCode = "401", description = SolutionResource.NO_TOKEN)
    @APIResponse(responseCode = "403", description = SolutionResource.ADVISORS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_A_FORK)
    @APIResponse(
            responseCode = "409",
            description = "The fork changed since that version (the current version and the fork as it is now are "
                    + "included), or the field was already adopted or skipped for the upstream's latest revision "
                    + "(plain problem details)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "SolutionConflictJson")))
    @APIResponse(responseCode = "428", description = SolutionResource.NO_VERSION)
    public Response adopt(
            @Parameter(description = SolutionResource.SOLUTION) @PathParam("solution") String solution,
            @Parameter(description = FIELD) @PathParam("field") String field,
            @Parameter(in = ParameterIn.HEADER, description = SolutionResource.IF_MATCH)
                    @HeaderParam(ExpectedVersion.IF_MATCH)
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "SolutionVersionJson")))
                    String body) {
        return decide(solution, field, UpstreamChoice.ADOPT, ifMatch, body);
    }

    @POST
    @Path("/{field}/skip")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "skipUpstreamChange",
            summary = "Keep the fork's own value of one field the upstream changed (tech advisors of this partnership)",
            description = "The decision is kept, and moves the fork's version. Name the fork's version as version in "
                    + "the body or as If-Match (the body may then be empty).")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The changes with this decision, and the fork's new version as ETag",
            headers = @Header(name = SolutionResource.ETAG, description = SolutionResource.ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "UpstreamReviewJson")))
    @APIResponse(
            responseCode = "400",
            description = "field names no field, or one the upstream did not change (errors names field), or the "
                    + "body is not valid")
    @APIResponse(responseCode = "401", description = SolutionResource.NO_TOKEN)
    @APIResponse(responseCode = "403", description = SolutionResource.ADVISORS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_A_FORK)
    @APIResponse(
            responseCode = "409",
            description = "The fork changed since that version (the current version and the fork as it is now are "
                    + "included), or the field was already adopted or skipped for the upstream's latest revision "
                    + "(plain problem details)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "SolutionConflictJson")))
    @APIResponse(responseCode = "428", description = SolutionResource.NO_VERSION)
    public Response skip(
            @Parameter(description = SolutionResource.SOLUTION) @PathParam("solution") String solution,
            @Parameter(description = FIELD) @PathParam("field") String field,
            @Parameter(in = ParameterIn.HEADER, description = SolutionResource.IF_MATCH)
                    @HeaderParam(ExpectedVersion.IF_MATCH)
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "SolutionVersionJson")))
                    String body) {
        return decide(solution, field, UpstreamChoice.SKIP, ifMatch, body);
    }

    private Response decide(String solution, String field, UpstreamChoice choice, String ifMatch, String body) {
        guard.requireWorkspace();
        SolutionSlug slug = SolutionGuard.slug(solution);
        SolutionField changed = field(field);
        long expected = ExpectedVersion.of(SolutionBodies.version(body), ifMatch);
        return tagged(views.versioned(slug, expected, () -> forking.decide(slug, changed, choice, expected)));
    }

    /** A field by its name in requests; any other name is a 400 listing the names. */
    static SolutionField field(String name) {
        return Arrays.stream(SolutionField.values())
                .filter(f -> f.inputName().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "field",
                        Refusal.of(
                                "input.one-of",
                                Refusal.field("field"),
                                Arrays.stream(SolutionField.values())
                                        .map(SolutionField::inputName)
                                        .toList())));
    }

    private static Response tagged(UpstreamReview review) {
        return Response.ok(UpstreamReviewJson.of(review))
                .tag(ExpectedVersion.tag(review.forkVersion()))
                .build();
    }
}
