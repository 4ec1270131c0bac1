package org.ctphub.api.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.ctphub.api.ratelimit.RateLimited;
import org.ctphub.api.shared.PageJson;
import org.ctphub.api.shared.Paging;
import org.ctphub.api.shared.SearchQuery;
import org.ctphub.application.ratelimit.RateLimit;
import org.ctphub.application.solution.SolutionLibrary;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.solution.LibraryQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The network library's list and its filters, for anyone: no token is needed and none changes
 * the answer, and nothing here starts a session. Only published solutions of partnerships the
 * public may see are listed, as on the library's page.
 */
@Path("/v1/library")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(
        name = "Library",
        description = "The network's library of published solutions, their lineage and metadata; open to anyone")
public class LibraryResource {

    static final String NO_TOKEN_NEEDED =
            "A bearer token was sent but is not valid (none is needed: the library is public)";

    @Inject
    SolutionLibrary library;

    @Inject
    LibraryViews views;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            operationId = "listLibrary",
            summary = "List the library's published solutions, filtered and searched (anyone)",
            description = "Published solutions of every public partnership; retired ones keep their page but are "
                    + "not listed. Any characters may be typed in q: operators are taken as words, best match "
                    + "first. Without q, the most recently published first unless sorted.")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "A page of solutions",
            content = @Content(schema = @Schema(ref = "LibraryEntryPage")))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is not valid (an unknown kind, maturity or sort, a theme, language or "
                    + "licence that is not a code, offline not true or false, q too long, page or size not a "
                    + "valid number); errors names it")
    @APIResponse(responseCode = "401", description = NO_TOKEN_NEEDED)
    @APIResponse(
            responseCode = "429",
            description = "Too many searches (q) in a short time; Retry-After says how many seconds to wait")
    @RateLimited(value = RateLimit.SEARCH, whenQueryParameter = "q")
    public PageJson<LibraryEntryJson> list(
            @Parameter(
                            description = "Words to find in names, taglines and descriptions; any characters, at most "
                                    + SearchQuery.MAX_LENGTH)
                    @QueryParam("q")
                    @Schema(maxLength = SearchQuery.MAX_LENGTH)
                    String q,
            @Parameter(description = "A theme id, e.g. loneliness; GET /v1/library/facets lists those in use")
                    @QueryParam("theme")
                    String theme,
            @Parameter(description = "The kind of solution")
                    @QueryParam("kind")
                    @Schema(enumeration = {"software", "service-or-practice", "hardware", "toolkit"})
                    String kind,
            @Parameter(description = "How far it has come")
                    @QueryParam("maturity")
                    @Schema(enumeration = {"idea", "prototype", "pilot", "in-use", "mature"})
                    String maturity,
            @Parameter(description = "An ISO 639 code of a language it works in, e.g. cy") @QueryParam("language")
                    String language,
            @Parameter(description = "An SPDX licence identifier, e.g. AGPL-3.0-or-later") @QueryParam("licence")
                    String licence,
            @Parameter(
                            description = "true: only solutions that work offline or on a low-bandwidth connection",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("offline")
                    String offline,
            @Parameter(
                            description = "relevance (best match first; without q, the most recently published "
                                    + "first), name, or recent. Default relevance")
                    @QueryParam("sort")
                    @Schema(enumeration = {"relevance", "name", "recent"})
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
        LibraryQuery query = LibraryQuery.of(
                SearchQuery.check("q", q), theme, kind, maturity, language, licence, offline(offline), sort);
        LibraryViews.LibraryAddresses addresses = LibraryViews.LibraryAddresses.of(uriInfo.getBaseUri());
        return PageJson.of(library.browse(query, Paging.of(page, size)), entry -> views.of(entry, addresses));
    }

    @GET
    @Path("/facets")
    @Operation(
            operationId = "getLibraryFacets",
            summary = "The values worth offering as the library's filters (anyone)",
            description = "The themes (named in English and Welsh), languages and licences published solutions "
                    + "hold, and every kind, maturity and order the list takes.")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "The filters' values",
            content = @Content(schema = @Schema(ref = "LibraryFacetsJson")))
    @APIResponse(responseCode = "401", description = NO_TOKEN_NEEDED)
    public LibraryFacetsJson facets() {
        return views.of(library.facets());
    }

    private static boolean offline(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new InvalidInputException("offline", Refusal.of("input.true-or-false", Refusal.field("offline")));
        };
    }
}
