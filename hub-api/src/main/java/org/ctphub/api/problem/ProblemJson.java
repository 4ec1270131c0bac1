package org.ctphub.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.ctphub.api.shared.ApiNames;
import org.ctphub.domain.problem.Problem;

@JsonbPropertyOrder({"reference", "title", "summary", "status", "visibility", "createdAt", "updatedAt"})
public record ProblemJson(
        String reference,
        String title,
        String summary,
        String status,
        String visibility,
        Instant createdAt,
        Instant updatedAt) {

    public static ProblemJson of(Problem problem) {
        return new ProblemJson(
                problem.reference().toString(),
                problem.title(),
                problem.summary(),
                ApiNames.of(problem.status()),
                ApiNames.of(problem.visibility()),
                problem.createdAt(),
                problem.updatedAt());
    }
}
