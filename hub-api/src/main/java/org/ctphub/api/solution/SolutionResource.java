package org.ctphub.api.solution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.ctphub.api.HubApi;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.api.shared.ExpectedVersion;
import org.ctphub.api.shared.PageJson;
import org.ctphub.api.shared.Paging;
import org.ctphub.application.solution.SolutionWorkshop;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionSort;
import org.ctphub.domain.solution.SolutionStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The solutions in the workspace of the partnership named in the path, drafts included: for its
 * members and the central team to read, its tech advisors to write, publish and retire. The
 * {@code slug} path parameter is never read here: the edge has already resolved it into the
 * current partnership. Bodies arrive as text and are read by {@link SolutionBodies}, so that
 * every mistake in them answers 400 naming its member. Revisions, forks and upstream changes
 * have resources of their own.
 */
@Path("/v1/partnerships/{slug}/solutions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(
        name = "Solutions",
        description = "A partnership's solutions, their published revisions, forks and upstream changes")
public class SolutionResource {

    static final String SOLUTION = "The solution's slug in this partnership, e.g. events-calendar";
    static final String ETAG = "ETag";
    static final String ETAG_DESCRIPTION = "The solution's version, quoted, e.g. \"3\"";
    static final String IF_MATCH = "The ETag read, e.g. \"3\", instead of version in the body";
    static final String NOT_FOUND = "No solution of this partnership has this slug, or the caller is neither a member "
            + "of the partnership nor in the central team: to them its workspace does not exist";
    static final String NO_TOKEN = "No valid bearer token";
    static final String ADVISORS_ONLY = "A member of this partnership who is not a tech advisor, or the central team";
    static final String CONFLICT = "The solution changed since that version: nothing was saved; the current version "
            + "and the whole solution as it is now are included. (Someone saving at the very same moment answers "
            + "409 with plain problem details.)";
    static final String NO_VERSION = "Neither version nor If-Match names the version the change started from";
    static final String TOO_LARGE = "The body is larger than any valid solution";

    @Inject
    SolutionWorkshop workshop;

    @Inject
    SolutionViews views;

    @Inject
    SolutionGuard guard;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            operationId = "listSolutions",
            summary = "List the partnership's solutions, drafts included (its members and the central team)",
            description = "Every solution of the workspace, whatever its status, unless status narrows it. "
                    + "Latest change first unless sorted. Other partnerships' published solutions are read "
                    + "through the library, not here.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "A page of solutions",
            content = @Content(schema = @Schema(ref = "SolutionSummaryPage")))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is not valid (unknown status or sort key, page or size not a valid number); "
                    + "errors names it")
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(
            responseCode = "404",
            description = "No public partnership has this slug, or the caller is neither its member nor in the "
                    + "central team")
    public PageJson<SolutionSummaryJson> list(
            @Parameter(description = "draft, published or retired; several mean any of them")
                    @QueryParam("status")
                    @Schema(enumeration = {"draft", "published", "retired"})
                    List<String> status,
            @Parameter(
                            description = "One of " + SolutionSort.KEYS
                                    + "; a leading - sorts descending. Default -updated: latest change first")
                    @QueryParam("sort")
                    @Schema(
                            enumeration = {
                                "name",
                                "-name",
                                "status",
                                "-status",
                                "updated",
                                "-updated",
                                "created",
                                "-created"
                            })
                    String sort,
            @Parameter(
                            description = Paging.PAGE_DESCRIPTION,
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = Paging.SIZE_DESCRIPTION,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = Paging.MAX_SIZE,
                                            defaultValue = Paging.DEFAULT_SIZE))
                    @QueryParam("size")
                    String size) {
        guard.requireWorkspace();
        return PageJson.of(
                workshop.list(
                        ApiNames.parseAll(SolutionStatus.class, "status", status),
                        SolutionSort.parse(sort),
                        Paging.of(page, size)),
                SolutionSummaryJson::of);
    }

    @GET
    @Path("/{solution}")
    @Operation(
            operationId = "getSolution",
            summary = "Read one of the partnership's solutions, draft or not (its members and the central team)",
            description = "Every field of the working copy, the description and adoption guide rendered as safe HTML, "
                    + "themes named in English and Welsh, what publishing still needs, and for a fork where it "
                    + "comes from. The ETag is the version to send back with a change.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The solution",
            headers = @Header(name = ETAG, description = ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SolutionJson")))
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response get(@Parameter(description = SOLUTION) @PathParam("solution") String solution) {
        guard.requireWorkspace();
        return tagged(Response.ok(), views.of(workshop.get(SolutionGuard.slug(solution))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createSolution",
            summary = "Write down a new solution, as a draft (tech advisors of this partnership)",
            description = "Only the slug and the name are required; publishing needs the rest. The draft is seen "
                    + "only by the partnership and the central team until it is published.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "201",
            description = "The new draft; Location says where it lives",
            headers = {
                @Header(name = "Location", description = "Where the solution lives"),
                @Header(name = ETAG, description = ETAG_DESCRIPTION)
            },
            content = @Content(schema = @Schema(ref = "SolutionJson")))
    @APIResponse(
            responseCode = "400",
            description = "The body is not valid JSON, or members must change (a slug that is not one, an unknown "
                    + "theme, a licence that is not an SPDX id, an address that is not a web address...); errors "
                    + "names them")
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(responseCode = "403", description = ADVISORS_ONLY)
    @APIResponse(
            responseCode = "404",
            description = "No public partnership has this slug, or the caller is neither its member nor in the "
                    + "central team")
    @APIResponse(responseCode = "409", description = "The partnership already has a solution with this slug")
    @APIResponse(responseCode = "413", description = TOO_LARGE)
    public Response create(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "NewSolutionJson")))
                    String body) {
        guard.requireWorkspace();
        Solution created = workshop.create(SolutionBodies.newSolution(body));
        return tagged(
                Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(created.slug().value())
                        .build()),
                views.of(created));
    }

    @PUT
    @Path("/{solution}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceSolution",
            summary = "Replace a solution's working copy (tech advisors of this partnership)",
            description = "Every field is replaced: an optional one left out is cleared. Name the version the edit "
                    + "started from as version in the body or as If-Match; if the solution changed since, nothing "
                    + "is saved and 409 says who changed it, when, and what it says now. A published solution's "
                    + "library page changes only when it is published again.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The solution as saved, with its new version and ETag",
            headers = @Header(name = ETAG, description = ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SolutionJson")))
    @APIResponse(
            responseCode = "400",
            description = "The body is not valid JSON, or members must change; errors names them")
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(responseCode = "403", description = ADVISORS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = CONFLICT,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "SolutionConflictJson")))
    @APIResponse(responseCode = "428", description = NO_VERSION)
    @APIResponse(responseCode = "413", description = TOO_LARGE)
    public Response replace(
            @Parameter(description = SOLUTION) @PathParam("solution") String solution,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH) @HeaderParam(ExpectedVersion.IF_MATCH)
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "SolutionEditJson")))
                    String body) {
        return edit(solution, ifMatch, SolutionBodies::replacement, body);
    }

    @PATCH
    @Path("/{solution}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "editSolution",
            summary = "Change some of a solution's fields (tech advisors of this partnership)",
            description = "Only the members sent change; an optional one sent as null or empty is cleared. Name the "
                    + "version the edit started from as version in the body or as If-Match; if the solution changed "
                    + "since, nothing is saved and 409 says who changed it, when, and what it says now.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The solution as saved, with its new version and ETag",
            headers = @Header(name = ETAG, description = ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SolutionJson")))
    @APIResponse(
            responseCode = "400",
            description = "The body is not valid JSON, or members must change; errors names them")
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(responseCode = "403", description = ADVISORS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = CONFLICT,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "SolutionConflictJson")))
    @APIResponse(responseCode = "428", description = NO_VERSION)
    @APIResponse(responseCode = "413", description = TOO_LARGE)
    public Response patch(
            @Parameter(description = SOLUTION) @PathParam("solution") String solution,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH) @HeaderParam(ExpectedVersion.IF_MATCH)
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "SolutionEditJson")))
                    String body) {
        return edit(solution, ifMatch, SolutionBodies::patch, body);
    }

    @PUT
    @Path("/{solution}/fork-details")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "describeFork",
            summary =
                    "Say which problem a fork addresses here and what was adapted (tech advisors of this partnership)",
            description = "Both are replaced: adapted left out is cleared. Name the version the change started from "
                    + "as version in the body or as If-Match.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The fork as saved, with its new version and ETag",
            headers = @Header(name = ETAG, description = ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SolutionJson")))
    @APIResponse(
            responseCode = "400",
            description = "The solution is not a fork (errors names adapted), the problem is not one of this "
                    + "partnership's, adapted is too long, or the body is not valid")
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(responseCode = "403", description = ADVISORS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = CONFLICT,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "SolutionConflictJson")))
    @APIResponse(responseCode = "428", description = NO_VERSION)
    @APIResponse(responseCode = "413", description = TOO_LARGE)
    public Response describeFork(
            @Parameter(description = SOLUTION) @PathParam("solution") String solution,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH) @HeaderParam(ExpectedVersion.IF_MATCH)
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "ForkDetailsJson")))
                    String body) {
        guard.requireWorkspace();
        SolutionSlug slug = SolutionGuard.slug(solution);
        SolutionBodies.ForkDetails details = SolutionBodies.forkDetails(body);
        long expected = ExpectedVersion.of(details.version(), ifMatch);
        Solution described = views.versioned(
                slug, expected, () -> workshop.describeFork(slug, expected, details.problem(), details.adapted()));
        return tagged(Response.ok(), views.of(described));
    }

    @POST
    @Path("/{solution}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "publishSolution",
            summary = "Publish the working copy to the network library as the next revision (tech advisors of this "
                    + "partnership)",
            description = "Publishing needs an open licence (an SPDX id on the hub's allow-list) and a complete "
                    + "\"can we run this?\" card; a refusal names the first field missing in errors and lists them "
                    + "all in its message. Each publication is kept as an immutable revision, and forks of the "
                    + "solution see what changed. A retired solution can be published again. Name the version the "
                    + "change started from as version in the body or as If-Match (the body may then be empty).")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The solution, published, with its new revision number, version and ETag",
            headers = @Header(name = ETAG, description = ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SolutionJson")))
    @APIResponse(
            responseCode = "400",
            description = "Publishing still needs fields (errors names the first; missingForPublication of the "
                    + "solution lists them), nothing changed since the latest revision (errors names status), or "
                    + "the body is not valid")
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(responseCode = "403", description = ADVISORS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = CONFLICT,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "SolutionConflictJson")))
    @APIResponse(responseCode = "428", description = NO_VERSION)
    public Response publish(
            @Parameter(description = SOLUTION) @PathParam("solution") String solution,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH) @HeaderParam(ExpectedVersion.IF_MATCH)
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "SolutionVersionJson")))
                    String body) {
        guard.requireWorkspace();
        SolutionSlug slug = SolutionGuard.slug(solution);
        long expected = ExpectedVersion.of(SolutionBodies.version(body), ifMatch);
        Solution published = views.versioned(slug, expected, () -> workshop.publish(slug, expected));
        return tagged(Response.ok(), views.of(published));
    }

    @POST
    @Path("/{solution}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "retireSolution",
            summary = "Retire a published solution from the library's recommendations (tech advisors of this "
                    + "partnership)",
            description = "Its page, revisions and lineage stay, and its forks are told. Name the version the change "
                    + "started from as version in the body or as If-Match (the body may then be empty).")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The solution, retired, with its new version and ETag",
            headers = @Header(name = ETAG, description = ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SolutionJson")))
    @APIResponse(
            responseCode = "400",
            description = "The solution is not published (errors names status), or the body is not valid")
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(responseCode = "403", description = ADVISORS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = CONFLICT,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "SolutionConflictJson")))
    @APIResponse(responseCode = "428", description = NO_VERSION)
    public Response retire(
            @Parameter(description = SOLUTION) @PathParam("solution") String solution,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH) @HeaderParam(ExpectedVersion.IF_MATCH)
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "SolutionVersionJson")))
                    String body) {
        guard.requireWorkspace();
        SolutionSlug slug = SolutionGuard.slug(solution);
        long expected = ExpectedVersion.of(SolutionBodies.version(body), ifMatch);
        Solution retired = views.versioned(slug, expected, () -> workshop.retire(slug, expected));
        return tagged(Response.ok(), views.of(retired));
    }

    private Response edit(String solution, String ifMatch, Function<String, SolutionBodies.Edit> reader, String body) {
        guard.requireWorkspace();
        SolutionSlug slug = SolutionGuard.slug(solution);
        SolutionBodies.Edit edit = reader.apply(body);
        long expected = ExpectedVersion.of(edit.version(), ifMatch);
        Solution edited = views.versioned(slug, expected, () -> workshop.edit(slug, expected, edit.change()));
        return tagged(Response.ok(), views.of(edited));
    }

    static Response tagged(Response.ResponseBuilder response, SolutionJson solution) {
        return response.tag(ExpectedVersion.tag(solution.version()))
                .entity(solution)
                .build();
    }
}
