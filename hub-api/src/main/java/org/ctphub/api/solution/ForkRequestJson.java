package org.ctphub.api.solution;

import org.ctphub.domain.solution.Solution;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of a fork request: the published solution to fork, by its partnership's
 * slug and its own, the revision (its latest when absent), the problem of this partnership it is
 * to address, and what is meant to be adapted.
 */
@Schema(
        description = "A published solution to fork into this partnership, and the problem it is to address here",
        requiredProperties = {"upstreamPartnership", "upstreamSolution", "problem"})
public record ForkRequestJson(
        @Schema(description = "The slug of the partnership that published it", example = "torbay")
        String upstreamPartnership,

        @Schema(description = "Its slug there", example = "events-calendar")
        String upstreamSolution,

        @Schema(description = "The published revision to fork; its latest when absent", minimum = "1")
        Integer revision,

        @Schema(description = "A problem of this partnership it is to address", example = "HMS-0042")
        String problem,

        @Schema(description = "What the partnership means to change", maxLength = Solution.MAX_ADAPTED_LENGTH)
        String adapted) {}
