package org.ctphub.api.library;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.ctphub.api.solution.SolutionRevisionJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A solution's page in the library: one published revision with every field, where it lives,
 * where it came from, who runs it and its published history. Never who published what. Built by
 * {@link LibraryViews}.
 *
 * @param revision the revision shown, as the workspace API gives it, without who published it
 * @param upstream the solution it was forked from; absent for a solution that forks nothing
 * @param history its published revisions, newest first
 */
@JsonbPropertyOrder({
    "partnership",
    "partnershipName",
    "slug",
    "status",
    "latestRevision",
    "revision",
    "upstream",
    "partnershipsRunningIt",
    "history",
    "links"
})
@Schema(
        description = "A solution's page in the library: one published revision and where it stands in the network",
        requiredProperties = {
            "partnership",
            "partnershipName",
            "slug",
            "status",
            "latestRevision",
            "revision",
            "partnershipsRunningIt",
            "history",
            "links"
        })
public record LibrarySolutionJson(
        @Schema(description = "Its partnership, by slug", example = "hulme-moss-side")
        String partnership,

        String partnershipName,

        @Schema(description = "Its slug in its partnership", example = "community-events-calendar")
        String slug,

        @Schema(
                description = "retired: kept for reference and its forks, no longer listed nor recommended",
                enumeration = {"published", "retired"})
        String status,

        @Schema(description = "Its latest published revision", minimum = "1")
        int latestRevision,

        SolutionRevisionJson revision,

        UpstreamJson upstream,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "The partnerships that run it, by name: its own, then those that forked it")
        List<String> partnershipsRunningIt,

        List<RevisionJson> history,

        LinksJson links) {

    /** The solution a fork was forked from, as the lineage names it. */
    @JsonbPropertyOrder({"partnership", "partnershipName", "solution", "name", "forkedFromRevision", "status"})
    @Schema(
            name = "LibraryUpstreamJson",
            description = "The solution a fork was forked from; it names nothing of a partnership not public yet",
            requiredProperties = {"forkedFromRevision", "status"})
    public record UpstreamJson(
            @Schema(description = "Its partnership, by slug")
            String partnership,

            String partnershipName,

            @Schema(description = "Its slug in its partnership")
            String solution,

            @Schema(description = "The name of its latest published revision")
            String name,

            @Schema(description = "The upstream revision the fork was made from", minimum = "1")
            int forkedFromRevision,

            @Schema(enumeration = {"published", "retired", "in-progress"})
            String status) {}

    /** One published revision, as the public sees it: its number and date, not who published it. */
    @JsonbPropertyOrder({"revision", "publishedAt", "self"})
    @Schema(
            name = "LibraryRevisionJson",
            description = "One published revision in a solution's history",
            requiredProperties = {"revision", "publishedAt", "self"})
    public record RevisionJson(
            @Schema(description = "Its number, from 1", minimum = "1")
            int revision,

            Instant publishedAt,

            @Schema(description = "Its address in this API", format = "uri")
            String self) {}

    /** Where to read more of it. */
    @JsonbPropertyOrder({"self", "page", "lineage", "publiccode", "jsonLd"})
    @Schema(
            name = "LibraryLinksJson",
            description = "Addresses of the solution: in this API, its page, its lineage and its metadata",
            requiredProperties = {"self", "page", "lineage", "publiccode", "jsonLd"})
    public record LinksJson(
            @Schema(description = "This revision's address in this API", format = "uri")
            String self,

            @Schema(description = "Its page in the library", format = "uri")
            String page,

            @Schema(description = "Its lineage in this API", format = "uri")
            String lineage,

            @Schema(description = "Its latest revision as a publiccode.yml", format = "uri")
            String publiccode,

            @Schema(description = "Its latest revision as schema.org JSON-LD", format = "uri")
            String jsonLd) {}
}
