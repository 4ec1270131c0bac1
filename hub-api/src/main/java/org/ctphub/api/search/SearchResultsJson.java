package org.ctphub.api.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.ctphub.api.problem.ProblemSummaryJson;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.application.session.SessionSummary;
import org.ctphub.domain.session.CoDesignSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The best matches of each kind, at most {@value SearchResource#TOP} of each, with how many
 * matched in all.
 */
@JsonbPropertyOrder({"problems", "problemsTotal", "sessions", "sessionsTotal"})
@Schema(
        description = "The best matches of each kind, most recent first, with how many matched in all",
        requiredProperties = {"problems", "problemsTotal", "sessions", "sessionsTotal"})
public record SearchResultsJson(
        List<ProblemSummaryJson> problems,
        @Schema(minimum = "0") long problemsTotal,
        List<SessionJson> sessions,
        @Schema(minimum = "0") long sessionsTotal) {

    /** A co-design session as a line of results. */
    @JsonbPropertyOrder({"id", "title", "date", "format", "place", "visibility"})
    @Schema(
            name = "SessionMatchJson",
            description = "A co-design session as a line of search results",
            requiredProperties = {"id", "title", "date", "format", "visibility"})
    public record SessionJson(
            long id,

            @Schema(maxLength = CoDesignSession.MAX_TITLE_LENGTH)
            String title,

            LocalDate date,

            @Schema(enumeration = {"workshop", "drop-in", "street-stall", "interview", "online"})
            String format,

            @Schema(maxLength = CoDesignSession.MAX_PLACE_LENGTH)
            String place,

            @Schema(enumeration = {"partnership", "network", "public"})
            String visibility) {

        static SessionJson of(SessionSummary session) {
            return new SessionJson(
                    session.id(),
                    session.title(),
                    session.date(),
                    ApiNames.of(session.format()),
                    session.place(),
                    ApiNames.of(session.visibility()));
        }
    }
}
