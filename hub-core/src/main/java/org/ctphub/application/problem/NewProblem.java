package org.ctphub.application.problem;

import java.util.List;
import java.util.Set;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.shared.Visibility;

/**
 * A problem as first written down; the register gives it its reference. Only title and summary
 * are required: absent themes and groups mean none, an absent priority is medium and an absent
 * visibility is the partnership's own.
 */
public record NewProblem(
        String title,
        String summary,
        String description,
        Set<String> themes,
        List<String> groupsAffected,
        String place,
        String wardCode,
        ProblemPriority priority,
        Visibility visibility) {

    public NewProblem(String title, String summary, Visibility visibility) {
        this(title, summary, null, null, null, null, null, null, visibility);
    }
}
