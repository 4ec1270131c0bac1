package org.ctphub.api.solution;

import org.ctphub.domain.solution.Solution;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body that describes a fork: the problem of this partnership it addresses, what
 * was adapted (absent or empty clears it), and the version it started from unless that comes as
 * If-Match.
 */
@Schema(
        description = "The problem a fork addresses here and what was adapted, and the version it started from",
        requiredProperties = "problem")
public record ForkDetailsJson(
        @Schema(description = "A problem of this partnership, by reference", example = "HMS-0042")
        String problem,

        @Schema(
                description = "What was changed to make it this partnership's own",
                maxLength = Solution.MAX_ADAPTED_LENGTH)
        String adapted,

        @Schema(description = "The version the change started from, unless sent as If-Match", minimum = "0")
        Long version) {}
