package org.ctphub.api.problem;

import org.ctphub.domain.problem.ProblemStatusChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of a status change: the status to move to, why (required to park a problem
 * or reopen a solved one), and the version it started from unless that comes as If-Match.
 */
@Schema(
        description = "A status to move a problem to, why, and the version the change started from",
        requiredProperties = "status")
public record StatusChangeRequestJson(
        @Schema(enumeration = {"raised", "exploring", "co-designing", "trying-a-solution", "solved", "parked"})
        String status,

        @Schema(
                description = "Required to park a problem or to reopen a solved one",
                maxLength = ProblemStatusChange.MAX_WHY_LENGTH)
        String why,

        @Schema(description = "The version the change started from, unless sent as If-Match", minimum = "0")
        Long version) {}
