package org.ctphub.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.problem.EvidenceItem;

/** A piece of evidence for a problem; {@code addedBy} is shown to the partnership and the central team only. */
@JsonbPropertyOrder({"id", "kind", "summary", "numberOfPeople", "date", "sessionId", "addedBy", "addedAt"})
public record EvidenceJson(
        long id,
        String kind,
        String summary,
        Integer numberOfPeople,
        LocalDate date,
        Long sessionId,
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
