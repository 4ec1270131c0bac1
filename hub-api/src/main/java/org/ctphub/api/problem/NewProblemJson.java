package org.ctphub.api.problem;

import java.util.List;
import org.ctphub.domain.problem.GroupsAffected;
import org.ctphub.domain.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A problem to add to the register; the hub gives it its reference. Only title and summary are
 * required. Documents the body: it is read member by member ({@link org.ctphub.api.shared.JsonFields})
 * so that each mistake names its field, and the domain checks every value (Bean Validation
 * annotations here would break Payara's OpenAPI scan of records).
 *
 * @param description Markdown
 * @param themes ids from the partnership's taxonomy
 * @param wardCode an ONS ward code, e.g. E05011368
 * @param priority low, medium (the default), high or urgent
 * @param visibility partnership (the default), network or public
 */
@Schema(
        description = "A problem to add; only title and summary are required",
        requiredProperties = {"title", "summary"})
public record NewProblemJson(
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

        @Schema(
                description = "medium when absent",
                enumeration = {"low", "medium", "high", "urgent"})
        String priority,

        @Schema(
                description = "partnership when absent",
                enumeration = {"partnership", "network", "public"})
        String visibility) {}
