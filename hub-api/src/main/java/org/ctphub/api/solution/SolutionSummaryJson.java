package org.ctphub.api.solution;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionContent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A solution as a line in the workspace's list; {@link SolutionJson} has the rest. */
@JsonbPropertyOrder({
    "slug",
    "name",
    "tagline",
    "status",
    "revision",
    "kind",
    "maturity",
    "themes",
    "fork",
    "createdAt",
    "updatedAt"
})
@Schema(
        description = "A solution as a line in the workspace's list",
        requiredProperties = {"slug", "name", "status", "revision", "themes", "fork", "createdAt", "updatedAt"})
public record SolutionSummaryJson(
        @Schema(example = "events-calendar") String slug,
        @Schema(maxLength = SolutionContent.MAX_NAME_LENGTH) String name,

        @Schema(maxLength = SolutionContent.MAX_TAGLINE_LENGTH)
        String tagline,

        @Schema(enumeration = {"draft", "published", "retired"})
        String status,

        @Schema(description = "The latest published revision; 0 while never published", minimum = "0")
        int revision,

        @Schema(enumeration = {"software", "service-or-practice", "hardware", "toolkit"})
        String kind,

        @Schema(enumeration = {"idea", "prototype", "pilot", "in-use", "mature"})
        String maturity,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Theme ids of the partnership's taxonomy")
        List<String> themes,

        @Schema(description = "Whether it is a fork of another solution; SolutionJson.fork says of which")
        boolean fork,

        Instant createdAt,
        Instant updatedAt) {

    static SolutionSummaryJson of(Solution solution) {
        var fields = solution.fields();
        return new SolutionSummaryJson(
                solution.slug().value(),
                fields.name(),
                fields.tagline(),
                ApiNames.of(solution.status()),
                solution.revision(),
                ApiNames.of(fields.kind()),
                ApiNames.of(fields.maturity()),
                fields.themes(),
                solution.isFork(),
                SolutionViews.stored(solution.createdAt()),
                SolutionViews.stored(solution.updatedAt()));
    }
}
