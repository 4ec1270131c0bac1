package org.ctphub.api.problem;

import java.util.List;
import org.ctphub.domain.problem.GroupsAffected;
import org.ctphub.domain.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of an edit. With PUT every field is replaced (an absent optional one is
 * cleared; title, summary, priority and visibility are required); with PATCH only the fields sent
 * change, and an optional one sent as null or empty is cleared. {@code version} is the version the
 * edit started from, unless it comes as If-Match. Read-only fields of a problem sent along are
 * ignored; the status moves through its own endpoint.
 */
@Schema(
        description = "An edit of a problem and the version it started from. With PUT, title, summary, priority and "
                + "visibility are required and an absent optional field is cleared; with PATCH only the fields sent "
                + "change.")
public record ProblemEditJson(
        @Schema(maxLength = Problem.MAX_TITLE_LENGTH) String title,
        @Schema(maxLength = Problem.MAX_SUMMARY_LENGTH) String summary,

        @Schema(description = "Markdown", maxLength = Problem.MAX_DESCRIPTION_LENGTH)
        String description,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Theme ids from the partnership's taxonomy")
        List<String> themes,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                maxItems = GroupsAffected.MAX_GROUPS,
                maxLength = GroupsAffected.MAX_LABEL_LENGTH)
        List<String> groupsAffected,

        @Schema(maxLength = Problem.MAX_PLACE_LENGTH) String place,

        @Schema(description = "An ONS ward code", example = "E05011368")
        String wardCode,

        @Schema(enumeration = {"low", "medium", "high", "urgent"})
        String priority,

        @Schema(enumeration = {"partnership", "network", "public"})
        String visibility,

        @Schema(description = "The version the edit started from, unless sent as If-Match", minimum = "0")
        Long version) {}
