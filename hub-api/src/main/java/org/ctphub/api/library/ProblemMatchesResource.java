package org.ctphub.api.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.ctphub.api.HubApi;
import org.ctphub.api.problem.ProblemGuard;
import org.ctphub.application.solution.ProblemMatching;
import org.ctphub.domain.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the library offers for one of the partnership's problems, as the problem's page in the
 * workspace shows it: for its members and the central team. The checks come in the order every
 * problem endpoint makes them ({@link ProblemGuard}): no sign-in is 401, a problem the caller may
 * not read is 404 exactly like a missing one, and only then is a reader who is not a member
 * refused (403).
 */
@Path("/v1/partnerships/{slug}/problems/{reference}/matches")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Problems")
public class ProblemMatchesResource {

    @Inject
    ProblemGuard guard;

    @Inject
    ProblemMatching matching;

    @Inject
    LibraryViews views;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            operationId = "getProblemMatches",
            summary = "Solutions in the library for a problem, and how many other partnerships logged a similar one "
                    + "(members of this partnership and the central team)",
            description = "Published solutions filed under one of the problem's themes (newest first), then those "
                    + "whose text matches its title's words, five at most. similarElsewhere counts the other "
                    + "partnerships with a similar problem visible to the network (same theme, or every significant "
                    + "word of this title): a count from 3 up, or fewerThan 3, never the exact number below it.")
    @SecurityRequirementsSet(@SecurityRequirement(name = HubApi.BEARER))
    @APIResponse(
            responseCode = "200",
            description = "The matches",
            content = @Content(schema = @Schema(ref = "ProblemMatchesJson")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(
            responseCode = "403",
            description = "The caller may read the problem but is not a member of this partnership")
    @APIResponse(
            responseCode = "404",
            description = "No problem the caller may read has this reference in this partnership")
    public ProblemMatchesJson matches(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference")
                    String reference) {
        guard.requirePublicPartnership();
        guard.requireSignedIn();
        Problem problem = guard.readable(reference);
        return views.of(
                matching.matchesFor(problem.reference()), LibraryViews.LibraryAddresses.of(uriInfo.getBaseUri()));
    }
}
