package org.ctphub.api.solution;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.ctphub.domain.solution.SolutionContent;
import org.ctphub.domain.solution.SolutionRevision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published revision as a line in the list of a solution's revisions; {@link SolutionRevisionJson} has the rest. */
@JsonbPropertyOrder({"revision", "name", "publishedAt", "publishedBy"})
@Schema(
        description = "A published revision of a solution, as a line in its list",
        requiredProperties = {"revision", "name", "publishedAt", "publishedBy"})
public record SolutionRevisionSummaryJson(
        @Schema(description = "Its number, from 1", minimum = "1")
        int revision,

        @Schema(description = "The solution's name in it", maxLength = SolutionContent.MAX_NAME_LENGTH)
        String name,

        Instant publishedAt,

        @Schema(description = "Who published it") String publishedBy) {

    static SolutionRevisionSummaryJson of(SolutionRevision revision) {
        return new SolutionRevisionSummaryJson(
                revision.number(),
                revision.fields().name(),
                SolutionViews.stored(revision.publishedAt()),
                revision.publishedBy().name());
    }
}
