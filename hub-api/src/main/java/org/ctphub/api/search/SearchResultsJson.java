package org.ctphub.api.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.ctphub.api.problem.ProblemSummaryJson;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.application.session.SessionSummary;

/**
 * The best matches of each kind, at most {@value SearchResource#TOP} of each, with how many
 * matched in all.
 */
@JsonbPropertyOrder({"problems", "problemsTotal", "sessions", "sessionsTotal"})
public record SearchResultsJson(
        List<ProblemSummaryJson> problems, long problemsTotal, List<SessionJson> sessions, long sessionsTotal) {

    /** A co-design session as a line of results. */
    @JsonbPropertyOrder({"id", "title", "date", "format", "place", "visibility"})
    public record SessionJson(long id, String title, LocalDate date, String format, String place, String visibility) {

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
