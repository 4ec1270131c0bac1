package org.ctphub.api.problem;

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
import org.ctphub.api.HubApi;
import org.ctphub.api.ratelimit.RateLimited;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.api.shared.ExpectedVersion;
import org.ctphub.api.shared.PageJson;
import org.ctphub.api.shared.Paging;
import org.ctphub.api.shared.SearchQuery;
import org.ctphub.application.problem.ProblemRegister;
import org.ctphub.application.ratelimit.RateLimit;
import org.ctphub.domain.partnership.Taxonomy;
import org.ctphub.domain.partnership.Theme;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemFilter;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.problem.ProblemSort;
import org.ctphub.domain.problem.ProblemStatus;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Visibility;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The problems of the partnership named in the path. The {@code slug} path parameter is never read
 * here: the edge has already resolved it into the current partnership. Bodies arrive as text and
 * are read by {@link ProblemBodies}, so that every mistake in them answers 400 naming its field.
 */
@Path("/v1/partnerships/{slug}/problems")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Problems", description = "A partnership's problem register")
public class ProblemResource {

    private static final String SORT_KEYS = ProblemSort.KEYS;

    @Inject
    ProblemRegister register;

    @Inject
    ProblemViews views;

    @Inject
    ProblemGuard guard;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            operationId = "listProblems",
            summary = "List the partnership's problems the caller may read",
            description = "Anonymous callers see public problems; signed-in members and the central team see all; "
                    + "members of other partnerships see network-visible and public ones. Filters narrow that, "
                    + "never widen it. Every list parameter takes one value, several separated by commas, or is "
                    + "repeated.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = HubApi.BEARER))
    @APIResponse(
            responseCode = "200",
            description = "A page of problems",
            content = @Content(schema = @Schema(ref = "ProblemSummaryPage")))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is not valid (unknown status, priority, visibility, theme or sort key; "
                    + "q too long; page or size not a valid number); errors names it")
    @APIResponse(responseCode = "401", description = "A bearer token was sent but is not valid")
    @APIResponse(responseCode = "404", description = "No public partnership has this slug")
    @APIResponse(
            responseCode = "429",
            description = "Too many searches (q) in a short time; Retry-After says how many seconds to wait")
    @RateLimited(value = RateLimit.SEARCH, whenQueryParameter = "q")
    public PageJson<ProblemSummaryJson> list(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(
                            description = "Words to find in title, summary and description; any characters, at most "
                                    + SearchQuery.MAX_LENGTH + ", operators are taken as words")
                    @QueryParam("q")
                    @Schema(maxLength = SearchQuery.MAX_LENGTH)
                    String q,
            @Parameter(
                            description = "raised, exploring, co-designing, trying-a-solution, solved or parked; "
                                    + "several mean any of them")
                    @QueryParam("status")
                    @Schema(
                            enumeration = {
                                "raised",
                                "exploring",
                                "co-designing",
                                "trying-a-solution",
                                "solved",
                                "parked"
                            })
                    List<String> status,
            @Parameter(description = "A theme id of the partnership's taxonomy") @QueryParam("theme") String theme,
            @Parameter(description = "low, medium, high or urgent; several mean any of them")
                    @QueryParam("priority")
                    @Schema(enumeration = {"low", "medium", "high", "urgent"})
                    List<String> priority,
            @Parameter(description = "partnership, network or public; several mean any of them")
                    @QueryParam("visibility")
                    @Schema(enumeration = {"partnership", "network", "public"})
                    List<String> visibility,
            @Parameter(description = "A group affected, e.g. older people (any case)") @QueryParam("group")
                    String group,
            @Parameter(
                            description = "One of " + SORT_KEYS
                                    + "; a leading - sorts descending. Default -updated: latest change first")
                    @QueryParam("sort")
                    @Schema(
                            enumeration = {
                                "reference",
                                "-reference",
                                "title",
                                "-title",
                                "status",
                                "-status",
                                "priority",
                                "-priority",
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
        guard.requirePublicPartnership();
        ProblemFilter filter = ProblemFilter.none()
                .withText(SearchQuery.check("q", q))
                .withStatuses(ApiNames.parseAll(ProblemStatus.class, "status", status))
                .withTheme(checkedTheme(theme))
                .withPriorities(ApiNames.parseAll(ProblemPriority.class, "priority", priority))
                .withVisibilities(ApiNames.parseAll(Visibility.class, "visibility", visibility))
                .withGroupAffected(group);
        return PageJson.of(register.list(filter, sort(sort), Paging.of(page, size)), ProblemSummaryJson::of);
    }

    @GET
    @Path("/{reference}")
    @Operation(
            operationId = "getProblem",
            summary = "Read one problem the caller may read",
            description = "Every field, the description rendered as safe HTML, themes named in English and Welsh, "
                    + "the status history, the evidence and the linked co-design sessions the caller may read. "
                    + "The ETag is the version to send back with an edit.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = HubApi.BEARER))
    @APIResponse(
            responseCode = "200",
            description = "The problem",
            headers = @Header(name = "ETag", description = "The problem's version, quoted, e.g. \"3\""),
            content = @Content(schema = @Schema(ref = "ProblemJson")))
    @APIResponse(responseCode = "401", description = "A bearer token was sent but is not valid")
    @APIResponse(
            responseCode = "404",
            description = "No problem the caller may read has this reference in this partnership")
    public Response get(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference")
                    String reference) {
        guard.requirePublicPartnership();
        return withTag(Response.ok(), views.of(guard.readable(reference))).build();
    }

    @GET
    @Path("/{reference}/changes")
    @Operation(
            operationId = "getProblemChanges",
            summary = "Read a problem's change log (members of this partnership and the central team)",
            description = "Every field ever changed by an edit or a status change, oldest first: the value before "
                    + "and after, who changed it and when. Earlier values can hold what the partnership has since "
                    + "taken out of a shared problem, so only its members read them.")
    @SecurityRequirementsSet(@SecurityRequirement(name = HubApi.BEARER))
    @APIResponse(
            responseCode = "200",
            description = "The changes, oldest first",
            content = @Content(schema = @Schema(ref = "FieldChangeList")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(
            responseCode = "403",
            description = "The caller may read the problem but is not a member of this partnership")
    @APIResponse(
            responseCode = "404",
            description = "No problem the caller may read has this reference in this partnership")
    public Response changes(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference")
                    String reference) {
        guard.requirePublicPartnership();
        guard.requireSignedIn();
        Problem problem = guard.readable(reference);
        // A Response, not a List: Payara's scanner misreads the lists inside a record it meets as a List's type
        // argument.
        return Response.ok(register.changesOf(problem.reference()).stream()
                        .map(FieldChangeJson::of)
                        .toList())
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "raiseProblem",
            summary = "Add a problem to the register (tech advisors of this partnership)")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "201",
            description = "The new problem, with its reference; Location says where it lives",
            headers = {
                @Header(name = "Location", description = "Where the problem lives"),
                @Header(name = "ETag", description = "The problem's version, quoted, e.g. \"1\"")
            },
            content = @Content(schema = @Schema(ref = "ProblemJson")))
    @APIResponse(
            responseCode = "400",
            description = "The body is not valid JSON, or fields must change; errors names them")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor of this partnership")
    @APIResponse(responseCode = "404", description = "No public partnership has this slug")
    @APIResponse(responseCode = "413", description = "The body is larger than any valid problem")
    public Response raise(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "NewProblemJson")))
                    String body) {
        guard.requirePublicPartnership();
        Problem problem = register.raise(ProblemBodies.newProblem(body));
        return withTag(
                        Response.created(uriInfo.getAbsolutePathBuilder()
                                .path(problem.reference().toString())
                                .build()),
                        views.of(problem))
                .build();
    }

    @PUT
    @Path("/{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceProblem",
            summary = "Replace a problem's editable fields (tech advisors of this partnership)",
            description = "Every editable field is replaced: an optional one left out is cleared. Name the version "
                    + "the edit started from as version in the body or as If-Match; if the problem changed since, "
                    + "nothing is saved and 409 says who changed it, when, and what it says now.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The problem as saved, with its new version and ETag",
            headers = @Header(name = "ETag", description = "The problem's version, quoted, e.g. \"3\""),
            content = @Content(schema = @Schema(ref = "ProblemJson")))
    @APIResponse(
            responseCode = "400",
            description = "The body is not valid JSON, or fields must change; errors names them")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor of this partnership")
    @APIResponse(
            responseCode = "404",
            description = "No problem the caller may read has this reference in this partnership")
    @APIResponse(
            responseCode = "409",
            description = "The problem changed since that version; the current version and values are included",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "ProblemConflictJson")))
    @APIResponse(
            responseCode = "428",
            description = "Neither version nor If-Match names the version the edit started from")
    @APIResponse(responseCode = "413", description = "The body is larger than any valid problem")
    public Response replace(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference") String reference,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "The ETag read, e.g. \"3\", instead of version in the body")
                    @HeaderParam(ExpectedVersion.IF_MATCH)
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "ProblemEditJson")))
                    String body) {
        return edit(reference, ifMatch, body, true);
    }

    @PATCH
    @Path("/{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "editProblem",
            summary = "Change some of a problem's fields (tech advisors of this partnership)",
            description = "Only the fields sent change; an optional one sent as null or empty is cleared. Name the "
                    + "version the edit started from as version in the body or as If-Match; if the problem changed "
                    + "since, nothing is saved and 409 says who changed it, when, and what it says now.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The problem as saved, with its new version and ETag",
            headers = @Header(name = "ETag", description = "The problem's version, quoted, e.g. \"3\""),
            content = @Content(schema = @Schema(ref = "ProblemJson")))
    @APIResponse(
            responseCode = "400",
            description = "The body is not valid JSON, or fields must change; errors names them")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor of this partnership")
    @APIResponse(
            responseCode = "404",
            description = "No problem the caller may read has this reference in this partnership")
    @APIResponse(
            responseCode = "409",
            description = "The problem changed since that version; the current version and values are included",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "ProblemConflictJson")))
    @APIResponse(
            responseCode = "428",
            description = "Neither version nor If-Match names the version the edit started from")
    @APIResponse(responseCode = "413", description = "The body is larger than any valid problem")
    public Response patch(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference") String reference,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "The ETag read, e.g. \"3\", instead of version in the body")
                    @HeaderParam(ExpectedVersion.IF_MATCH)
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "ProblemEditJson")))
                    String body) {
        return edit(reference, ifMatch, body, false);
    }

    @POST
    @Path("/{reference}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeProblemStatus",
            summary = "Move a problem to another status (tech advisors of this partnership)",
            description = "The step is kept in the problem's history with who, when and why. Parking a problem "
                    + "and reopening a solved one need a why. Name the version the change started from as version "
                    + "in the body or as If-Match.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The problem in its new status, with its new version and ETag",
            headers = @Header(name = "ETag", description = "The problem's version, quoted, e.g. \"3\""),
            content = @Content(schema = @Schema(ref = "ProblemJson")))
    @APIResponse(
            responseCode = "400",
            description = "The move is not allowed from the current status (errors names status and the statuses "
                    + "it may move to), a why is missing, or the body is not valid")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor of this partnership")
    @APIResponse(
            responseCode = "404",
            description = "No problem the caller may read has this reference in this partnership")
    @APIResponse(
            responseCode = "409",
            description = "The problem changed since that version; the current version and values are included",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "ProblemConflictJson")))
    @APIResponse(
            responseCode = "428",
            description = "Neither version nor If-Match names the version the change started from")
    @APIResponse(responseCode = "413", description = "The body is larger than any valid problem")
    public Response changeStatus(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(description = "The problem's reference, e.g. HMS-0042") @PathParam("reference") String reference,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "The ETag read, e.g. \"3\", instead of version in the body")
                    @HeaderParam(ExpectedVersion.IF_MATCH)
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = "StatusChangeRequestJson")))
                    String body) {
        guard.requirePublicPartnership();
        guard.requireSignedIn();
        Problem current = guard.readable(reference);
        ProblemBodies.StatusChange change = ProblemBodies.statusChange(body);
        long expected = ExpectedVersion.of(change.version(), ifMatch);
        Problem changed;
        try {
            changed = register.changeStatus(current.reference(), expected, change.status(), change.why());
        } catch (InvalidInputException refused) {
            if (!"status".equals(refused.field())) {
                throw refused;
            }
            throw new InvalidInputException(
                    "status",
                    Refusal.of(
                            "problem.status-change.send-one-of",
                            refused.refusal(),
                            current.status().next().stream().map(ApiNames::of).toList()));
        }
        return withTag(Response.ok(), views.of(changed)).build();
    }

    private Response edit(String reference, String ifMatch, String body, boolean replaceAll) {
        guard.requirePublicPartnership();
        guard.requireSignedIn();
        Problem current = guard.readable(reference);
        ProblemBodies.Edit request = replaceAll ? ProblemBodies.replacement(body) : ProblemBodies.patch(body);
        long expected = ExpectedVersion.of(request.version(), ifMatch);
        Problem edited = register.edit(current.reference(), expected, request.edit());
        return withTag(Response.ok(), views.of(edited)).build();
    }

    private String checkedTheme(String theme) {
        if (theme == null || theme.isBlank()) {
            return null;
        }
        Taxonomy taxonomy = register.taxonomy();
        if (!taxonomy.contains(theme.strip())) {
            throw new InvalidInputException(
                    "theme",
                    taxonomy.isEmpty()
                            ? Refusal.of("problem.theme.none")
                            : Refusal.of(
                                    "input.one-of",
                                    Refusal.field("theme"),
                                    taxonomy.themes().stream().map(Theme::id).toList()));
        }
        return theme.strip();
    }

    /** Reads {@code sort} from the allow-list; a leading {@code -} means descending. */
    static ProblemSort sort(String sort) {
        return ProblemSort.parse(sort);
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, ProblemJson problem) {
        return response.tag(ExpectedVersion.tag(problem.version())).entity(problem);
    }
}
