package org.ctphub.api.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.OptionalLong;
import org.ctphub.api.HubApi;
import org.ctphub.api.error.ProblemDetails;
import org.ctphub.api.ratelimit.RateLimited;
import org.ctphub.api.shared.JsonBody;
import org.ctphub.api.shared.PageJson;
import org.ctphub.api.shared.Paging;
import org.ctphub.api.shared.SearchQuery;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.ratelimit.RateLimit;
import org.ctphub.application.session.SessionLog;
import org.ctphub.application.session.SessionView;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.text.Markdown;
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
 * The co-design sessions of the partnership named in the path; their linked problems and quotes
 * have resources of their own. The {@code slug} path parameter is never read here: the edge has
 * already resolved it into the current partnership. Bodies arrive as text and are read field by
 * field ({@link SessionRequests}), so that any mistake in them answers 400 naming the field.
 */
@Path("/v1/partnerships/{slug}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Co-design sessions", description = "What a partnership heard and decided in its sessions")
public class SessionResource {

    static final String SESSION_ID = "The session's id";

    static final String ETAG = "ETag";

    static final String ETAG_DESCRIPTION = "The session's version, quoted, e.g. \"3\"";

    @Inject
    SessionLog log;

    @Inject
    Markdown markdown;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    PartnershipDirectory directory;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            operationId = "listSessions",
            summary = "List the partnership's sessions the caller may read",
            description = "Anonymous callers see public sessions; members and the central team see all; members "
                    + "of other partnerships see network-visible and public ones. Newest first unless sorted.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = HubApi.BEARER))
    @APIResponse(
            responseCode = "200",
            description = "A page of sessions, without notes or quotes",
            content = @Content(schema = @Schema(ref = "SessionSummaryPage")))
    @APIResponse(
            responseCode = "400",
            description = "A parameter must change (unknown sort key or value, bad date, bad paging); see errors")
    @APIResponse(responseCode = "401", description = "A bearer token was sent but is not valid")
    @APIResponse(responseCode = "404", description = "No partnership the caller may see has this slug")
    @APIResponse(
            responseCode = "429",
            description = "Too many searches (q) in a short time; Retry-After says how many seconds to wait")
    @RateLimited(value = RateLimit.SEARCH, whenQueryParameter = "q")
    public PageJson<SessionSummaryJson> list(
            @Parameter(description = "Words to find in title, notes, decisions and actions")
                    @QueryParam("q")
                    @Schema(maxLength = SearchQuery.MAX_LENGTH)
                    String text,
            @Parameter(description = "workshop, drop-in, street-stall, interview or online")
                    @QueryParam("format")
                    @Schema(enumeration = {"workshop", "drop-in", "street-stall", "interview", "online"})
                    String format,
            @Parameter(description = "Sessions on or after this date, e.g. 2025-03-14")
                    @QueryParam("from")
                    @Schema(format = "date")
                    String from,
            @Parameter(description = "Sessions on or before this date") @QueryParam("to") @Schema(format = "date")
                    String to,
            @Parameter(description = "partnership, network or public")
                    @QueryParam("visibility")
                    @Schema(enumeration = {"partnership", "network", "public"})
                    String visibility,
            @Parameter(description = "Only sessions linked to this problem, e.g. HMS-0042") @QueryParam("problem")
                    String problem,
            @Parameter(description = "date, title or updated; a leading - sorts descending (default -date)")
                    @QueryParam("sort")
                    @Schema(enumeration = {"date", "-date", "title", "-title", "updated", "-updated"})
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
        requireVisiblePartnership();
        return PageJson.of(
                log.list(
                        SessionRequests.filter(text, format, from, to, visibility, problem),
                        SessionRequests.sort(sort),
                        Paging.of(page, size)),
                SessionSummaryJson::of);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getSession",
            summary = "Read one session the caller may read",
            description = "Outside the partnership, quotes given without consent and the names of who wrote the "
                    + "session down are left out.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = HubApi.BEARER))
    @APIResponse(
            responseCode = "200",
            description = "The session; its ETag is its version",
            headers = @Header(name = ETAG, description = ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SessionJson")))
    @APIResponse(responseCode = "401", description = "A bearer token was sent but is not valid")
    @APIResponse(responseCode = "404", description = "No session the caller may read has this id in this partnership")
    public Response get(
            @Parameter(
                            description = SESSION_ID,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id) {
        requireVisiblePartnership();
        return ok(log.get(SessionRequests.id(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordSession",
            summary = "Record a session (tech advisors and organisers of this partnership)")
    @SecurityRequirement(name = HubApi.BEARER)
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewSessionJson")))
    @APIResponse(
            responseCode = "201",
            description = "The new session, at the Location given",
            headers = {
                @Header(name = "Location", description = "Where the session lives"),
                @Header(name = ETAG, description = ETAG_DESCRIPTION)
            },
            content = @Content(schema = @Schema(ref = "SessionJson")))
    @APIResponse(responseCode = "400", description = "A field must change; see errors")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor or organiser of this partnership")
    @APIResponse(responseCode = "404", description = "No partnership has this slug")
    public Response record(String body) {
        requireVisiblePartnership();
        SessionView view =
                log.record(SessionRequests.details(JsonBody.parse(body, Refusal.of("request.body.session"))));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(view.id()))
                        .build())
                .tag(etag(view))
                .entity(SessionJson.of(view, markdown))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceSession",
            summary = "Replace what is written about a session (tech advisors and organisers)",
            description = "Send every field, as for recording it, and the version read: in the body's version "
                    + "field or as the ETag in an If-Match header. If someone saved the session since, nothing "
                    + "changes and the answer is 409, naming who changed it and when. Quotes and linked problems "
                    + "stay as they are.")
    @SecurityRequirement(name = HubApi.BEARER)
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SessionEditJson")))
    @APIResponse(
            responseCode = "200",
            description = "The session as saved, with its new version",
            headers = @Header(name = ETAG, description = ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SessionJson")))
    @APIResponse(responseCode = "400", description = "A field or If-Match must change; see errors")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor or organiser of this partnership")
    @APIResponse(responseCode = "404", description = "No session has this id in this partnership")
    @APIResponse(
            responseCode = "409",
            description = "Someone saved the session since that version; currentVersion says which is current")
    @APIResponse(responseCode = "428", description = "Neither a version field nor an If-Match header was sent")
    public Response edit(
            @Parameter(
                            description = SESSION_ID,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id,
            @Parameter(description = "The session's ETag as read, e.g. \"3\", instead of the version field")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            String body) {
        requireVisiblePartnership();
        JsonBody json = JsonBody.parse(body, Refusal.of("request.body.session"));
        OptionalLong version = SessionRequests.expectedVersion(json, ifMatch);
        if (version.isEmpty()) {
            return ProblemDetails.of(
                            Status.PRECONDITION_REQUIRED,
                            "Send the version you read, in the version field or as the ETag in an If-Match header, "
                                    + "so that nobody's changes are lost.")
                    .withErrors(List.of(new ProblemDetails.FieldError("version", "version is required")))
                    .toResponse();
        }
        return ok(log.edit(SessionRequests.id(id), version.getAsLong(), SessionRequests.details(json)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteSession",
            summary = "Delete a session with its quotes and links (tech advisors of this partnership)",
            description = "Organisers may record and edit sessions but not delete them.")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor of this partnership")
    @APIResponse(responseCode = "404", description = "No session has this id in this partnership")
    public Response remove(
            @Parameter(
                            description = SESSION_ID,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id) {
        requireVisiblePartnership();
        log.remove(SessionRequests.id(id));
        return Response.noContent().build();
    }

    /** A session answered with its version as a strong ETag, which If-Match sends back. */
    static Response ok(SessionView view, Markdown markdown) {
        return Response.ok(SessionJson.of(view, markdown)).tag(etag(view)).build();
    }

    static EntityTag etag(SessionView view) {
        return new EntityTag(String.valueOf(view.version()));
    }

    private Response ok(SessionView view) {
        return ok(view, markdown);
    }

    /**
     * Its members and the central team work in a partnership from the day it is registered;
     * everyone else finds nothing there until it is publicly listed.
     */
    private void requireVisiblePartnership() {
        directory.get(currentPartnership.require().slug());
    }
}
