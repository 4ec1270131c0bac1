package org.ctphub.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.problem.EvidenceItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece of evidence for a problem; {@code addedBy} is shown to the partnership and the central team only. */
@JsonbPropertyOrder({"id", "kind", "summary", "numberOfPeople", "date", "sessionId", "addedBy", "addedAt"})
@Schema(
        description = "A piece of evidence for a problem",
        requiredProperties = {"id", "kind", "summary", "date", "addedAt"})
public record EvidenceJson(
        long id,

        @Schema(enumeration = {"workshop", "survey", "conversation", "data", "observation"})
        String kind,

        @Schema(maxLength = EvidenceItem.MAX_SUMMARY_LENGTH) String summary,

        @Schema(description = "How many people it speaks for, if known", minimum = "0")
        Integer numberOfPeople,

        LocalDate date,

        @Schema(description = "The co-design session it came from, if any")
        Long sessionId,

        @Schema(description = "Who added it; only for the partnership's members and the central team")
        String addedBy,

        Instant addedAt) {

    static EvidenceJson of(EvidenceItem item, boolean showNames) {
        return new EvidenceJson(
                item.id(),
                ApiNames.of(item.kind()),
                item.summary(),
                item.numberOfPeople().orElse(null),
                item.date(),
                item.sessionId().orElse(null),
                showNames ? item.addedBy().name() : null,
                item.addedAt());
    }
}
