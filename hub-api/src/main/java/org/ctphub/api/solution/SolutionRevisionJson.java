package org.ctphub.api.solution;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.ctphub.api.shared.ThemeJson;
import org.ctphub.domain.solution.SolutionContent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One published revision of a solution, exactly as it was published: never changed after, and
 * what the library showed and forks were based on. Built by {@link SolutionViews}. The public
 * library shows the same, without who published it.
 */
@JsonbPropertyOrder({
    "revision",
    "publishedAt",
    "publishedBy",
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
    "adoptionGuideHtml"
})
@Schema(
        description = "One published revision of a solution, exactly as it was published",
        requiredProperties = {"revision", "publishedAt", "name", "themes", "languages"})
public record SolutionRevisionJson(
        @Schema(description = "Its number, from 1", minimum = "1")
        int revision,

        Instant publishedAt,

        @Schema(
                description = "Who published it: given to the partnership's members and the central team, never "
                        + "in the public library")
        String publishedBy,

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
        String adoptionGuideHtml) {}
