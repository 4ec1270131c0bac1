package org.ctphub.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ctphub.api.HubApi;
import org.ctphub.api.problem.ProblemSummaryJson;
import org.ctphub.api.ratelimit.RateLimited;
import org.ctphub.api.shared.SearchQuery;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.ratelimit.RateLimit;
import org.ctphub.application.search.PartnershipSearch;
import org.ctphub.application.session.SessionSummary;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Searches the partnership in the path, reading through the same use cases, and rules, as its lists. */
@Path("/v1/partnerships/{slug}/search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Search", description = "One search over a partnership's problems and co-design sessions")
public class SearchResource {

    static final int TOP = 20;

    @Inject
    PartnershipSearch search;

    @Inject
    PartnershipDirectory directory;

    @Inject
    CurrentPartnership currentPartnership;

    @GET
    @Operation(
            operationId = "searchPartnership",
            summary = "Search the partnership's problems and co-design sessions the caller may read",
            description = "Any characters may be typed: quotes, operators and symbols are taken as words. The "
                    + TOP + " most recently changed problems and the " + TOP + " latest sessions that match, "
                    + "with how many match in all.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = HubApi.BEARER))
    @APIResponse(
            responseCode = "200",
            description = "The matches",
            content = @Content(schema = @Schema(ref = "SearchResultsJson")))
    @APIResponse(
            responseCode = "400",
            description = "q is missing or longer than " + SearchQuery.MAX_LENGTH + " characters")
    @APIResponse(responseCode = "401", description = "A bearer token was sent but is not valid")
    @APIResponse(responseCode = "404", description = "No public partnership has this slug")
    @APIResponse(
            responseCode = "429",
            description = "Too many searches in a short time; Retry-After says how many seconds to wait")
    @RateLimited(RateLimit.SEARCH)
    public SearchResultsJson search(
            @Parameter(description = "The partnership's slug") @PathParam("slug") String slug,
            @Parameter(
                            required = true,
                            description = "What to look for, at most " + SearchQuery.MAX_LENGTH + " characters")
                    @QueryParam("q")
                    @Schema(maxLength = SearchQuery.MAX_LENGTH)
                    String q) {
        directory.getPublic(currentPartnership.require().slug());
        String text = SearchQuery.check("q", q);
        if (text == null) {
            throw new InvalidInputException("q", Refusal.of("search.q-required"));
        }
        PartnershipSearch.Results results = search.search(text, TOP);
        Page<Problem> problems = results.problems();
        Page<SessionSummary> sessions = results.sessions();
        return new SearchResultsJson(
                problems.items().stream().map(ProblemSummaryJson::of).toList(),
                problems.total(),
                sessions.items().stream().map(SearchResultsJson.SessionJson::of).toList(),
                sessions.total());
    }
}
