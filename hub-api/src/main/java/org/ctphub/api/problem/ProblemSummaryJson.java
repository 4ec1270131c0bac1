package org.ctphub.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.problem.Problem;

/** A problem as a line in a list or in search results; {@link ProblemJson} has the rest. */
@JsonbPropertyOrder({
    "reference",
    "title",
    "summary",
    "status",
    "priority",
    "visibility",
    "themes",
    "place",
    "createdAt",
    "updatedAt"
})
public record ProblemSummaryJson(
        String reference,
        String title,
        String summary,
        String status,
        String priority,
        String visibility,
        List<String> themes,
        String place,
        Instant createdAt,
        Instant updatedAt) {

    public static ProblemSummaryJson of(Problem problem) {
        return new ProblemSummaryJson(
                problem.reference().toString(),
                problem.title(),
                problem.summary(),
                ApiNames.of(problem.status()),
                ApiNames.of(problem.priority()),
                ApiNames.of(problem.visibility()),
                List.copyOf(problem.themes()),
                problem.place().orElse(null),
                problem.createdAt(),
                problem.updatedAt());
    }
}
