package org.ctphub.api.solution;

import java.util.List;
import org.ctphub.domain.solution.SolutionContent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of an edit of a solution's working copy. With PUT every field is replaced
 * (name is required; an absent optional field is cleared); with PATCH only the fields sent change,
 * and an optional one sent as null or empty is cleared. {@code version} is the version the edit
 * started from, unless it comes as If-Match. The slug, status and revision are not edited here.
 */
@Schema(
        description = "An edit of a solution and the version it started from. With PUT, name is required and an "
                + "absent optional field is cleared; with PATCH only the fields sent change.")
public record SolutionEditJson(
        @Schema(maxLength = SolutionContent.MAX_NAME_LENGTH) String name,

        @Schema(maxLength = SolutionContent.MAX_TAGLINE_LENGTH)
        String tagline,

        @Schema(description = "Markdown", maxLength = SolutionContent.MAX_DESCRIPTION_LENGTH)
        String description,

        @Schema(enumeration = {"software", "service-or-practice", "hardware", "toolkit"})
        String kind,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Theme ids from the partnership's taxonomy",
                maxItems = SolutionContent.MAX_THEMES)
        List<String> themes,

        @Schema(
                description = "An SPDX licence identifier, e.g. MIT; publishing needs an open one",
                maxLength = SolutionContent.MAX_LICENCE_LENGTH)
        String licence,

        @Schema(description = "A web address, https:// or http://", maxLength = SolutionContent.MAX_URL_LENGTH)
        String sourceUrl,

        @Schema(description = "A web address, https:// or http://", maxLength = SolutionContent.MAX_URL_LENGTH)
        String websiteUrl,

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

        @Schema(description = "Markdown", maxLength = SolutionContent.MAX_GUIDE_LENGTH)
        String adoptionGuide,

        @Schema(description = "The version the edit started from, unless sent as If-Match", minimum = "0")
        Long version) {}
