package org.ctphub.api.session;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.application.session.SessionSummary;

/** A session as a line in a list: no notes, no quotes. */
@JsonbPropertyOrder({
    "id",
    "title",
    "date",
    "format",
    "place",
    "participants",
    "groupsRepresented",
    "visibility",
    "updatedAt"
})
public record SessionSummaryJson(
        long id,
        String title,
        LocalDate date,
        String format,
        String place,
        int participants,
        int groupsRepresented,
        String visibility,
        Instant updatedAt) {

    public static SessionSummaryJson of(SessionSummary summary) {
        return new SessionSummaryJson(
                summary.id(),
                summary.title(),
                summary.date(),
                ApiNames.of(summary.format()),
                summary.place(),
                summary.participants(),
                summary.groupsRepresented(),
                ApiNames.of(summary.visibility()),
                summary.updatedAt());
    }
}
