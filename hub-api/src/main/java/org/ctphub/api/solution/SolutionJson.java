package org.ctphub.api.solution;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.ctphub.api.shared.ThemeJson;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionContent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A solution in the partnership's workspace, its working copy with every field, as its members
 * and the central team read it. The members have the names {@link NewSolutionJson} and
 * {@link SolutionEditJson} send, so a client can read, change and send back. Built by
 * {@link SolutionViews}.
 *
 * @param revision the latest published revision; 0 while never published
 * @param missingForPublication the fields publishing still needs, by name; empty when it can be published
 * @param fork for a fork: where it comes from, the problem it addresses here and what was adapted
 * @param version what to send back with a change; also the ETag
 */
@JsonbPropertyOrder({
    "slug",
    "status",
    "revision",
    "name",
    "tagline",
    "description",
    "descriptionHtml",
    "kind",
    "themes",
    "licence",
    "sourceUrl",
    "websiteUrl",
    "maturity",
    "monthlyCostPounds",
    "hosting",
    "skills",
    "personalData",
    "personalDataNotes",
    "accessibility",
    "accessibilityNotes",
    "languages",
    "connectivity",
    "adoptionGuide",
    "adoptionGuideHtml",
    "missingForPublication",
    "fork",
    "createdAt",
    "updatedAt",
    "updatedBy",
    "version"
})
@Schema(
        description = "A solution of the partnership's workspace, its working copy with every field",
        requiredProperties = {
            "slug",
            "status",
            "revision",
            "name",
            "themes",
            "languages",
            "missingForPublication",
            "createdAt",
            "updatedAt",
            "version"
        })
public record SolutionJson(
        @Schema(description = "Unique in the partnership; never changes", example = "events-calendar")
        String slug,

        @Schema(enumeration = {"draft", "published", "retired"})
        String status,

        @Schema(description = "The latest published revision; 0 while never published", minimum = "0")
        int revision,

        @Schema(maxLength = SolutionContent.MAX_NAME_LENGTH) String name,

        @Schema(maxLength = SolutionContent.MAX_TAGLINE_LENGTH)
        String tagline,

        @Schema(description = "Markdown, as written", maxLength = SolutionContent.MAX_DESCRIPTION_LENGTH)
        String description,

        @Schema(description = "The description rendered and sanitised: safe to put in any page")
        String descriptionHtml,

        @Schema(enumeration = {"software", "service-or-practice", "hardware", "toolkit"})
        String kind,

        List<ThemeJson> themes,

        @Schema(description = "An SPDX licence identifier; publishing needs an open one", example = "MIT")
        String licence,

        @Schema(maxLength = SolutionContent.MAX_URL_LENGTH) String sourceUrl,
        @Schema(maxLength = SolutionContent.MAX_URL_LENGTH) String websiteUrl,

        @Schema(enumeration = {"idea", "prototype", "pilot", "in-use", "mature"})
        String maturity,

        @Schema(
                description = "What it costs to run a month, in whole pounds",
                minimum = "0",
                maximum = "" + SolutionContent.MAX_MONTHLY_COST)
        Integer monthlyCostPounds,

        @Schema(description = "Hosting it needs", maxLength = SolutionContent.MAX_HOSTING_LENGTH)
        String hosting,

        @Schema(description = "Skills it takes to run", maxLength = SolutionContent.MAX_NOTE_LENGTH)
        String skills,

        @Schema(
                description = "The most sensitive personal data it handles",
                enumeration = {"none", "contact-details", "sensitive"})
        String personalData,

        @Schema(maxLength = SolutionContent.MAX_NOTE_LENGTH) String personalDataNotes,

        @Schema(enumeration = {"not-checked", "known-issues", "meets-wcag-2-2-aa", "not-applicable"})
        String accessibility,

        @Schema(maxLength = SolutionContent.MAX_NOTE_LENGTH) String accessibilityNotes,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "ISO 639 codes of the languages it works in, e.g. en, cy",
                maxItems = SolutionContent.MAX_LANGUAGES)
        List<String> languages,

        @Schema(enumeration = {"works-offline", "low-bandwidth", "needs-good-connection"})
        String connectivity,

        @Schema(description = "Markdown, as written", maxLength = SolutionContent.MAX_GUIDE_LENGTH)
        String adoptionGuide,

        @Schema(description = "The adoption guide rendered and sanitised: safe to put in any page")
        String adoptionGuideHtml,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "The fields publishing still needs, by their names here; empty when it can be published")
        List<String> missingForPublication,

        ForkJson fork,
        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "Who changed it last") String updatedBy,

        @Schema(description = "Send it back with a change; also the ETag")
        long version) {

    /**
     * Where a fork comes from, what it addresses here and what was adapted. The upstream is named
     * as the network library knows it: its latest published revision.
     */
    @JsonbPropertyOrder({
        "upstreamPartnership",
        "upstreamPartnershipName",
        "upstreamSolution",
        "upstreamName",
        "basedOnRevision",
        "upstreamLatestRevision",
        "upstreamRetired",
        "problem",
        "adapted"
    })
    @Schema(
            description = "Where a fork comes from, the problem it addresses here and what was adapted",
            requiredProperties = {
                "upstreamPartnership",
                "upstreamSolution",
                "basedOnRevision",
                "upstreamLatestRevision",
                "upstreamRetired"
            })
    public record ForkJson(
            @Schema(description = "The upstream's partnership, by slug", example = "torbay")
            String upstreamPartnership,

            String upstreamPartnershipName,

            @Schema(description = "The upstream's slug in its partnership", example = "events-calendar")
            String upstreamSolution,

            @Schema(description = "The name of the upstream's latest revision")
            String upstreamName,

            @Schema(
                    description = "The upstream revision the fork is based on: the one forked, moved on when every "
                            + "change of a newer one is adopted or skipped",
                    minimum = "1")
            int basedOnRevision,

            @Schema(description = "The upstream's latest revision", minimum = "1")
            int upstreamLatestRevision,

            @Schema(description = "Whether the upstream was retired from the library")
            boolean upstreamRetired,

            @Schema(description = "The problem of this partnership it addresses", example = "HMS-0042")
            String problem,

            @Schema(
                    description = "What the partnership changed to make it its own",
                    maxLength = Solution.MAX_ADAPTED_LENGTH)
            String adapted) {}
}
