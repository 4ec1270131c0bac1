package org.ctphub.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A problem as a line in a list or in search results; {@link ProblemJson} has the rest. */
@JsonbPropertyOrder({
    "reference",
    "title",
    "summary",
    "status",
    "priority",
    "visibility",
    "themes",
    "place",
    "createdAt",
    "updatedAt"
})
@Schema(
        description = "A problem as a line in a list or in search results",
        requiredProperties = {
            "reference",
            "title",
            "summary",
            "status",
            "priority",
            "visibility",
            "themes",
            "createdAt",
            "updatedAt"
        })
public record ProblemSummaryJson(
        @Schema(example = "HMS-0042") String reference,
        @Schema(maxLength = Problem.MAX_TITLE_LENGTH) String title,
        @Schema(maxLength = Problem.MAX_SUMMARY_LENGTH) String summary,

        @Schema(enumeration = {"raised", "exploring", "co-designing", "trying-a-solution", "solved", "parked"})
        String status,

        @Schema(enumeration = {"low", "medium", "high", "urgent"})
        String priority,

        @Schema(enumeration = {"partnership", "network", "public"})
        String visibility,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Theme ids of the partnership's taxonomy")
        List<String> themes,

        @Schema(maxLength = Problem.MAX_PLACE_LENGTH) String place,
        Instant createdAt,
        Instant updatedAt) {

    public static ProblemSummaryJson of(Problem problem) {
        return new ProblemSummaryJson(
                problem.reference().toString(),
                problem.title(),
                problem.summary(),
                ApiNames.of(problem.status()),
                ApiNames.of(problem.priority()),
                ApiNames.of(problem.visibility()),
                List.copyOf(problem.themes()),
                problem.place().orElse(null),
                problem.createdAt(),
                problem.updatedAt());
    }
}
