package org.ctphub.api.problem;

import org.ctphub.domain.problem.EvidenceItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of new evidence.
 *
 * @param kind workshop, survey, conversation, data or observation
 * @param numberOfPeople 0 or more, if known
 * @param date when it was gathered, e.g. 2024-05-31; not in the future
 * @param sessionId the co-design session of this partnership it came from, if any
 */
@Schema(
        description = "Evidence to add to a problem",
        requiredProperties = {"kind", "summary", "date"})
public record NewEvidenceJson(
        @Schema(enumeration = {"workshop", "survey", "conversation", "data", "observation"})
        String kind,

        @Schema(maxLength = EvidenceItem.MAX_SUMMARY_LENGTH) String summary,

        @Schema(description = "How many people it speaks for, if known", minimum = "0")
        Integer numberOfPeople,

        @Schema(description = "When it was gathered; not in the future", format = "date", example = "2024-05-31")
        String date,

        @Schema(description = "A co-design session of this partnership it came from", minimum = "1")
        Long sessionId) {}
