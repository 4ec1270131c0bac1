package org.ctphub.api.library;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.ctphub.api.shared.ThemeJson;
import org.ctphub.domain.solution.SolutionContent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A solution as a line of the library's list, from what the network's index copied from its
 * latest published revision. Built by {@link LibraryViews}.
 */
@JsonbPropertyOrder({
    "partnership",
    "partnershipName",
    "slug",
    "name",
    "tagline",
    "kind",
    "maturity",
    "licence",
    "connectivity",
    "monthlyCostPounds",
    "themes",
    "languages",
    "forks",
    "fork",
    "latestRevision",
    "status",
    "self",
    "page"
})
@Schema(
        description = "A published solution as a line of the library's list",
        requiredProperties = {
            "partnership",
            "partnershipName",
            "slug",
            "name",
            "themes",
            "languages",
            "forks",
            "fork",
            "latestRevision",
            "status",
            "self",
            "page"
        })
public record LibraryEntryJson(
        @Schema(description = "Its partnership, by slug", example = "hulme-moss-side")
        String partnership,

        String partnershipName,

        @Schema(description = "Its slug in its partnership", example = "community-events-calendar")
        String slug,

        @Schema(maxLength = SolutionContent.MAX_NAME_LENGTH) String name,

        @Schema(maxLength = SolutionContent.MAX_TAGLINE_LENGTH)
        String tagline,

        @Schema(enumeration = {"software", "service-or-practice", "hardware", "toolkit"})
        String kind,

        @Schema(enumeration = {"idea", "prototype", "pilot", "in-use", "mature"})
        String maturity,

        @Schema(description = "An SPDX licence identifier", example = "AGPL-3.0-or-later")
        String licence,

        @Schema(enumeration = {"works-offline", "low-bandwidth", "needs-good-connection"})
        String connectivity,

        @Schema(
                description = "What it costs to run a month, in whole pounds",
                minimum = "0",
                maximum = "" + SolutionContent.MAX_MONTHLY_COST)
        Integer monthlyCostPounds,

        List<ThemeJson> themes,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "ISO 639 codes of the languages it works in, e.g. en, cy")
        List<String> languages,

        @Schema(description = "How many forks were made of it, those still in progress included", minimum = "0")
        long forks,

        @Schema(description = "Whether it is a fork of another solution; its page says of which")
        boolean fork,

        @Schema(description = "Its latest published revision", minimum = "1")
        int latestRevision,

        @Schema(
                description = "published; a retired solution is not listed, but keeps its page",
                enumeration = {"published", "retired"})
        String status,

        @Schema(description = "Its address in this API", format = "uri")
        String self,

        @Schema(description = "Its page in the library", format = "uri")
        String page) {}
