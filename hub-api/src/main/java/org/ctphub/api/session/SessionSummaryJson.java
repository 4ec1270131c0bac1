package org.ctphub.api.session;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.application.session.SessionSummary;
import org.ctphub.domain.session.CoDesignSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(
        description = "A co-design session as a line in a list: no notes, no quotes",
        requiredProperties = {
            "id",
            "title",
            "date",
            "format",
            "participants",
            "groupsRepresented",
            "visibility",
            "updatedAt"
        })
public record SessionSummaryJson(
        long id,

        @Schema(maxLength = CoDesignSession.MAX_TITLE_LENGTH)
        String title,

        LocalDate date,

        @Schema(enumeration = {"workshop", "drop-in", "street-stall", "interview", "online"})
        String format,

        @Schema(maxLength = CoDesignSession.MAX_PLACE_LENGTH)
        String place,

        @Schema(minimum = "0") int participants,
        @Schema(minimum = "0") int groupsRepresented,

        @Schema(enumeration = {"partnership", "network", "public"})
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
