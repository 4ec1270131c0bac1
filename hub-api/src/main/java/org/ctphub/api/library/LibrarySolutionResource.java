package org.ctphub.api.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;
import org.ctphub.application.solution.LibrarySolution;
import org.ctphub.application.solution.SolutionLibrary;
import org.ctphub.application.solution.SolutionMetadata;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.solution.SolutionNotFoundException;
import org.ctphub.domain.solution.SolutionSlug;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One solution of the library, as its page shows it, for anyone: a published revision with every
 * field, its history, lineage and metadata. A draft, a solution of a partnership that is not
 * public yet, an unknown or malformed address all answer the same 404, so that nothing about a
 * draft is revealed; a retired solution keeps its page.
 */
@Path("/v1/library/{partnership}/{solution}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Library")
public class LibrarySolutionResource {

    /** publiccode.yml's media type; the page's download says the same. */
    static final String YAML = "application/yaml";

    static final String JSON_LD = "application/ld+json";

    private static final Pattern NUMBER = Pattern.compile("[1-9]\\d{0,8}");
    private static final String PARTNERSHIP = "The solution's partnership, by slug, e.g. hulme-moss-side";
    private static final String SOLUTION = "The solution's slug in its partnership, e.g. community-events-calendar";
    private static final String NOT_FOUND = "The library has no such solution: it is unknown, still a draft, or of "
            + "a partnership that is not public yet; each answers the same";
    private static final String METADATA_CACHE = "public, max-age=300";

    @Inject
    SolutionLibrary library;

    @Inject
    LibraryViews views;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            operationId = "getLibrarySolution",
            summary = "Read a solution of the library at its latest revision (anyone)",
            description = "Every field of its latest published revision, the description and adoption guide "
                    + "rendered as safe HTML, its status, where it came from, the partnerships running it, its "
                    + "published revisions (number and date) and where to read more. Never who published it.")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "The solution",
            content = @Content(schema = @Schema(ref = "LibrarySolutionJson")))
    @APIResponse(responseCode = "401", description = LibraryResource.NO_TOKEN_NEEDED)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public LibrarySolutionJson get(
            @Parameter(description = PARTNERSHIP) @PathParam("partnership") String partnership,
            @Parameter(description = SOLUTION) @PathParam("solution") String solution) {
        return views.of(library.solution(partnership(partnership), solution(solution)), addresses());
    }

    @GET
    @Path("/revisions/{revision}")
    @Operation(
            operationId = "getLibrarySolutionRevision",
            summary = "Read one published revision of a solution of the library (anyone)",
            description = "The same as the solution at its latest revision, with this revision's fields.")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "The solution at that revision",
            content = @Content(schema = @Schema(ref = "LibrarySolutionJson")))
    @APIResponse(responseCode = "401", description = LibraryResource.NO_TOKEN_NEEDED)
    @APIResponse(responseCode = "404", description = NOT_FOUND + "; or it has no published revision with this number")
    public LibrarySolutionJson revision(
            @Parameter(description = PARTNERSHIP) @PathParam("partnership") String partnership,
            @Parameter(description = SOLUTION) @PathParam("solution") String solution,
            @Parameter(
                            description = "The revision's number, from 1",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                    @PathParam("revision")
                    String revision) {
        PartnershipSlug home = partnership(partnership);
        SolutionSlug slug = solution(solution);
        if (!NUMBER.matcher(revision).matches()) {
            throw new SolutionNotFoundException();
        }
        return views.of(library.revision(home, slug, Integer.parseInt(revision)), addresses());
    }

    @GET
    @Path("/lineage")
    @Operation(
            operationId = "getLibrarySolutionLineage",
            summary = "How a solution of the library spread: its tree of forks across partnerships (anyone)",
            description = "From the root, the solution that forks nothing, down, with the solution asked about "
                    + "marked as focus. Forks still in draft are in progress and name only their partnership.")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "The lineage",
            content = @Content(schema = @Schema(ref = "LineageJson")))
    @APIResponse(responseCode = "401", description = LibraryResource.NO_TOKEN_NEEDED)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public LineageJson lineage(
            @Parameter(description = PARTNERSHIP) @PathParam("partnership") String partnership,
            @Parameter(description = SOLUTION) @PathParam("solution") String solution) {
        return views.of(library.lineage(partnership(partnership), solution(solution)), addresses());
    }

    @GET
    @Path("/publiccode.yml")
    @Produces(YAML)
    @Operation(
            operationId = "getLibrarySolutionPubliccode",
            summary = "A solution of the library as a publiccode.yml (anyone)",
            description = "Its latest revision in the standard public-sector software catalogues read (version "
                    + SolutionMetadata.PUBLICCODE_VERSION + "), the same file as its page's download; a fork "
                    + "names what it is based on (isBasedOn).")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "The publiccode.yml",
            content = @Content(mediaType = YAML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = LibraryResource.NO_TOKEN_NEEDED)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response publiccode(
            @Parameter(description = PARTNERSHIP) @PathParam("partnership") String partnership,
            @Parameter(description = SOLUTION) @PathParam("solution") String solution) {
        return Response.ok(metadata(partnership, solution).publiccodeYml(), YAML + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"publiccode.yml\"")
                .header("Cache-Control", METADATA_CACHE)
                .build();
    }

    @GET
    @Path("/jsonld")
    @Produces(JSON_LD)
    @Operation(
            operationId = "getLibrarySolutionJsonLd",
            summary = "A solution of the library as schema.org JSON-LD (anyone)",
            description = "Its latest revision as a schema.org SoftwareSourceCode (software) or CreativeWork, the "
                    + "same as its page carries; a fork names what it is based on (isBasedOn).")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "The JSON-LD",
            content =
                    @Content(
                            mediaType = JSON_LD,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description = "A schema.org SoftwareSourceCode or CreativeWork")))
    @APIResponse(responseCode = "401", description = LibraryResource.NO_TOKEN_NEEDED)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response jsonLd(
            @Parameter(description = PARTNERSHIP) @PathParam("partnership") String partnership,
            @Parameter(description = SOLUTION) @PathParam("solution") String solution) {
        return Response.ok(metadata(partnership, solution).jsonLd(), JSON_LD + "; charset=UTF-8")
                .header("Cache-Control", METADATA_CACHE)
                .build();
    }

    private SolutionMetadata metadata(String partnership, String solution) {
        LibrarySolution found = library.solution(partnership(partnership), solution(solution));
        return new SolutionMetadata(found, addresses().hubAddress());
    }

    private LibraryViews.LibraryAddresses addresses() {
        return LibraryViews.LibraryAddresses.of(uriInfo.getBaseUri());
    }

    /** A partnership's slug from a path; a malformed one names no solution, exactly like an unknown one. */
    private static PartnershipSlug partnership(String text) {
        if (!PartnershipSlug.isValid(text)) {
            throw new SolutionNotFoundException();
        }
        return new PartnershipSlug(text);
    }

    private static SolutionSlug solution(String text) {
        if (!SolutionSlug.isValid(text)) {
            throw new SolutionNotFoundException();
        }
        return new SolutionSlug(text);
    }
}
