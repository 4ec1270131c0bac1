package org.ctphub.api.solution;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionChangedException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 409 answer to a change of a solution that started from an old version: RFC 9457 problem
 * details whose extension members say who changed the solution last and when, and carry its
 * current version and the whole solution as it is now, so that the editor can decide again
 * without another request. Nothing was saved. Only the partnership's tech advisors reach the
 * version check, so the names here are theirs to see.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({
    "type",
    "title",
    "status",
    "detail",
    "solution",
    "yourVersion",
    "currentVersion",
    "changedBy",
    "changedAt",
    "current"
})
@Schema(
        description =
                "Problem details of a change refused because the solution changed since the version it started from",
        requiredProperties = {"type", "title", "status", "detail", "solution", "yourVersion", "currentVersion"})
public record SolutionConflictJson(
        @Schema(description = "Always about:blank") String type,
        @Schema(description = "Always Conflict") String title,
        @Schema(description = "Always 409") int status,
        String detail,

        @Schema(description = "The solution's slug", example = "events-calendar")
        String solution,

        @Schema(description = "The version the refused change started from")
        long yourVersion,

        @Schema(description = "The version now saved; start the change again from it")
        long currentVersion,

        @Schema(description = "Who saved the current version")
        String changedBy,

        Instant changedAt,
        SolutionJson current) {

    static SolutionConflictJson of(
            SolutionChangedException conflict, long yourVersion, Solution now, SolutionJson current) {
        return new SolutionConflictJson(
                "about:blank",
                "Conflict",
                409,
                conflict.getMessage(),
                now.slug().value(),
                yourVersion,
                now.version(),
                now.updatedBy().name(),
                SolutionViews.stored(now.updatedAt()),
                current);
    }
}
