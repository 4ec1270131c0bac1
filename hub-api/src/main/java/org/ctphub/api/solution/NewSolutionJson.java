package org.ctphub.api.solution;

import java.util.List;
import org.ctphub.domain.solution.SolutionContent;
import org.ctphub.domain.solution.SolutionSlug;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of a new solution: its slug (unique in the partnership, never changed) and
 * name are required, everything else may wait until it is published. It is read member by member
 * ({@link SolutionBodies}), so that each mistake names its member, and the domain checks every
 * value; it starts as a draft only the partnership sees.
 */
@Schema(
        description = "A new solution: slug and name are required, the rest can wait until it is published",
        requiredProperties = {"slug", "name"})
public record NewSolutionJson(
        @Schema(
                description = "2 to 64 lower-case letters, digits and single hyphens; unique in the partnership",
                example = "events-calendar",
                maxLength = SolutionSlug.MAX_LENGTH)
        String slug,

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
        String adoptionGuide) {}
