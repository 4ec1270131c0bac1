package org.ctphub.api.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.ctphub.api.HubApi;
import org.ctphub.api.ratelimit.RateLimited;
import org.ctphub.application.ratelimit.RateLimit;
import org.ctphub.application.solution.ForkOutcome;
import org.ctphub.application.solution.Forking;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.solution.ForkRequestKey;
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
 * Forks another partnership's published solution into the partnership named in the path. A fork
 * request is idempotent: the first request with an {@code Idempotency-Key} makes the fork and
 * answers 201; the same key again, or many requests with it at once, answer 200 with the same
 * fork. Without a key, the fork the partnership already has of the solution is the answer.
 */
@Path("/v1/partnerships/{slug}/forks")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Solutions")
public class ForkResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    Forking forking;

    @Inject
    SolutionViews views;

    @Inject
    SolutionGuard guard;

    @Inject
    CurrentPartnership currentPartnership;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "forkSolution",
            summary = "Fork another partnership's published solution into this one (tech advisors of this partnership)",
            description = "The fork is a draft of this partnership that copies the chosen revision (the latest when "
                    + "none is named), keeps the upstream's themes this partnership's taxonomy has, takes the "
                    + "upstream's slug (or slug-2, slug-3... when taken here) and names the problem of this "
                    + "partnership it addresses. A partnership forks a solution once. Send an Idempotency-Key: the "
                    + "first request with it makes the fork and answers 201; the same key again answers 200 with "
                    + "the same fork, however often and however many at once. Without a key, the fork this "
                    + "partnership already has of the solution answers 200.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "201",
            description = "This request made the fork; Location says where it lives",
            headers = {
                @Header(name = "Location", description = "Where the fork lives"),
                @Header(name = SolutionResource.ETAG, description = SolutionResource.ETAG_DESCRIPTION)
            },
            content = @Content(schema = @Schema(ref = "SolutionJson")))
    @APIResponse(
            responseCode = "200",
            description = "An earlier request with this key (or, without a key, an earlier fork of the solution) made "
                    + "the fork: the same fork, as it is now; Content-Location says where it lives",
            headers = {
                @Header(name = "Content-Location", description = "Where the fork lives"),
                @Header(name = SolutionResource.ETAG, description = SolutionResource.ETAG_DESCRIPTION)
            },
            content = @Content(schema = @Schema(ref = "SolutionJson")))
    @APIResponse(
            responseCode = "400",
            description = "Idempotency-Key is not 1 to 64 printable ASCII characters, the problem is not one of this "
                    + "partnership's, or the body is not valid; errors names what to change")
    @APIResponse(responseCode = "401", description = SolutionResource.NO_TOKEN)
    @APIResponse(responseCode = "403", description = SolutionResource.ADVISORS_ONLY)
    @APIResponse(
            responseCode = "404",
            description = "No published solution has this slug in a public partnership (a draft answers exactly like "
                    + "a solution that does not exist), it has no such revision, or the caller is neither a member of "
                    + "this partnership nor in the central team")
    @APIResponse(
            responseCode = "409",
            description = "The solution was retired, this partnership already forked it with another key, or the key "
                    + "was used to fork another solution")
    @APIResponse(responseCode = "413", description = SolutionResource.TOO_LARGE)
    @APIResponse(
            responseCode = "429",
            description = "Too many forks in a short time; Retry-After says how many seconds to wait")
    @RateLimited(RateLimit.FORK)
    public Response fork(
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "1 to 64 printable ASCII characters, e.g. a UUID, new for each fork meant: "
                                    + "a retry with the same key answers with the fork the first request made. Keys "
                                    + "that differ only in case clash.",
                            schema = @Schema(minLength = 1, maxLength = ForkRequestKey.MAX_LENGTH))
                    @HeaderParam(IDEMPOTENCY_KEY)
                    String idempotencyKey,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "ForkRequestJson")))
                    String body) {
        guard.requireWorkspace();
        if (idempotencyKey != null && !ForkRequestKey.isValid(idempotencyKey)) {
            throw new InvalidInputException(
                    IDEMPOTENCY_KEY, Refusal.of("solution.fork.key-format", ForkRequestKey.MAX_LENGTH));
        }
        ForkOutcome outcome = forking.forkOrFind(SolutionBodies.fork(body, idempotencyKey));
        SolutionJson fork = views.of(outcome.fork());
        URI address = uriInfo.getBaseUriBuilder()
                .path("v1/partnerships/{slug}/solutions/{solution}")
                .build(currentPartnership.require().slug().value(), fork.slug());
        Response.ResponseBuilder response =
                outcome.made() ? Response.created(address) : Response.ok().header("Content-Location", address);
        return SolutionResource.tagged(response, fork);
    }
}
