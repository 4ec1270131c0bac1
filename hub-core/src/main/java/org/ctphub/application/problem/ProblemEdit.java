package org.ctphub.application.problem;

import java.util.List;
import java.util.Set;
import org.ctphub.domain.problem.ProblemPriority;
import org.ctphub.domain.shared.Visibility;

/**
 * Changes to a problem's fields. A field left {@code null} stays as it is. An optional field
 * (description, place, ward code) given blank is cleared; themes or groups given empty are
 * cleared. Title and summary cannot be cleared. Status moves through its own use case.
 */
public record ProblemEdit(
        String title,
        String summary,
        String description,
        Set<String> themes,
        List<String> groupsAffected,
        String place,
        String wardCode,
        ProblemPriority priority,
        Visibility visibility) {

    private static final ProblemEdit NOTHING = new ProblemEdit(null, null, null, null, null, null, null, null, null);

    public static ProblemEdit nothing() {
        return NOTHING;
    }

    public ProblemEdit withTitle(String newTitle) {
        return new ProblemEdit(
                newTitle, summary, description, themes, groupsAffected, place, wardCode, priority, visibility);
    }

    public ProblemEdit withSummary(String newSummary) {
        return new ProblemEdit(
                title, newSummary, description, themes, groupsAffected, place, wardCode, priority, visibility);
    }

    public ProblemEdit withDescription(String newDescription) {
        return new ProblemEdit(
                title, summary, newDescription, themes, groupsAffected, place, wardCode, priority, visibility);
    }

    public ProblemEdit withThemes(Set<String> newThemes) {
        return new ProblemEdit(
                title, summary, description, newThemes, groupsAffected, place, wardCode, priority, visibility);
    }

    public ProblemEdit withGroupsAffected(List<String> newGroups) {
        return new ProblemEdit(title, summary, description, themes, newGroups, place, wardCode, priority, visibility);
    }

    public ProblemEdit withPlace(String newPlace, String newWardCode) {
        return new ProblemEdit(
                title, summary, description, themes, groupsAffected, newPlace, newWardCode, priority, visibility);
    }

    public ProblemEdit withPriority(ProblemPriority newPriority) {
        return new ProblemEdit(
                title, summary, description, themes, groupsAffected, place, wardCode, newPriority, visibility);
    }

    public ProblemEdit withVisibility(Visibility newVisibility) {
        return new ProblemEdit(
                title, summary, description, themes, groupsAffected, place, wardCode, priority, newVisibility);
    }
}
