package org.ctphub.api.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import org.ctphub.api.HubApi;
import org.ctphub.api.shared.JsonBody;
import org.ctphub.application.partnership.PartnershipDirectory;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The quotes of a session. A quote is written with or without the speaker's consent; without it,
 * the quote is never shown outside the partnership. Each change answers the session as saved.
 */
@Path("/v1/partnerships/{slug}/sessions/{id}/quotes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Co-design sessions")
public class SessionQuoteResource {

    private static final String QUOTE_ID = "The quote's id, as listed in the session";

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addQuote", summary = "Add a quote to a session (tech advisors and organisers)")
    @SecurityRequirement(name = HubApi.BEARER)
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewQuoteJson")))
    @APIResponse(
            responseCode = "201",
            description = "The session with the new quote; Location names the quote",
            headers = {
                @Header(name = "Location", description = "Where the quote lives"),
                @Header(name = SessionResource.ETAG, description = SessionResource.ETAG_DESCRIPTION)
            },
            content = @Content(schema = @Schema(ref = "SessionJson")))
    @APIResponse(responseCode = "400", description = "A field must change; see errors")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor or organiser of this partnership")
    @APIResponse(responseCode = "404", description = "No session has this id in this partnership")
    public Response add(
            @Parameter(
                            description = SessionResource.SESSION_ID,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id,
            String body) {
        requireVisiblePartnership();
        SessionView view = log.addQuote(
                SessionRequests.id(id), SessionRequests.quote(JsonBody.parse(body, Refusal.of("request.body.quote"))));
        // The caller is a member, who reads every quote; ids grow, so the new quote has the largest.
        long quoteId = view.quotes().stream()
                .map(SessionView.Quote::id)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(quoteId))
                        .build())
                .tag(SessionResource.etag(view))
                .entity(SessionJson.of(view, markdown))
                .build();
    }

    @DELETE
    @Path("/{quoteId}")
    @Operation(operationId = "removeQuote", summary = "Remove a quote from a session (tech advisors and organisers)")
    @SecurityRequirement(name = HubApi.BEARER)
    @APIResponse(
            responseCode = "200",
            description = "The session without the quote",
            headers = @Header(name = SessionResource.ETAG, description = SessionResource.ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SessionJson")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor or organiser of this partnership")
    @APIResponse(responseCode = "404", description = "No such session in this partnership, or no such quote in it")
    public Response remove(
            @Parameter(
                            description = SessionResource.SESSION_ID,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id,
            @Parameter(
                            description = QUOTE_ID,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("quoteId")
                    String quoteId) {
        requireVisiblePartnership();
        return SessionResource.ok(log.removeQuote(SessionRequests.id(id), SessionRequests.id(quoteId)), markdown);
    }

    @PUT
    @Path("/{quoteId}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setQuoteConsent",
            summary = "Record that the speaker gave consent, or withdrew it (tech advisors and organisers)",
            description = "Withdrawn, the quote is at once back inside the partnership.")
    @SecurityRequirement(name = HubApi.BEARER)
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QuoteConsentJson")))
    @APIResponse(
            responseCode = "200",
            description = "The session with the quote's consent as recorded",
            headers = @Header(name = SessionResource.ETAG, description = SessionResource.ETAG_DESCRIPTION),
            content = @Content(schema = @Schema(ref = "SessionJson")))
    @APIResponse(responseCode = "400", description = "consent must be true or false")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a tech advisor or organiser of this partnership")
    @APIResponse(responseCode = "404", description = "No such session in this partnership, or no such quote in it")
    public Response consent(
            @Parameter(
                            description = SessionResource.SESSION_ID,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("id")
                    String id,
            @Parameter(
                            description = QUOTE_ID,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                    @PathParam("quoteId")
                    String quoteId,
            String body) {
        requireVisiblePartnership();
        boolean consent = SessionRequests.consent(JsonBody.parse(body, Refusal.of("request.body.consent")));
        return SessionResource.ok(
                log.setQuoteConsent(SessionRequests.id(id), SessionRequests.id(quoteId), consent), markdown);
    }

    private void requireVisiblePartnership() {
        directory.get(currentPartnership.require().slug());
    }
}
