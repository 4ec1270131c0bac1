package org.ctphub.domain.problem;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.ctphub.domain.shared.Visibility;

/** What a problem says at one moment, every editable field, e.g. to show an editor the current text. */
public record ProblemValues(
        String title,
        String summary,
        String description,
        List<String> themes,
        List<String> groupsAffected,
        String place,
        String wardCode,
        ProblemPriority priority,
        Visibility visibility,
        ProblemStatus status)
        implements Serializable {

    public ProblemValues {
        themes = List.copyOf(themes);
        groupsAffected = List.copyOf(groupsAffected);
    }

    /**
     * The fields that differ between these values and {@code after}, in the order of the form.
     * Themes and groups affected are sets: a new order alone is no change.
     */
    public List<FieldChange> changesTo(ProblemValues after) {
        List<FieldChange> changes = new ArrayList<>();
        text(changes, ProblemField.TITLE, title, after.title);
        text(changes, ProblemField.SUMMARY, summary, after.summary);
        text(changes, ProblemField.DESCRIPTION, description, after.description);
        if (!new HashSet<>(themes).equals(new HashSet<>(after.themes))) {
            changes.add(new FieldChange(
                    ProblemField.THEMES,
                    lines(themes.stream().sorted().toList()),
                    lines(after.themes.stream().sorted().toList())));
        }
        if (!new HashSet<>(groupsAffected).equals(new HashSet<>(after.groupsAffected))) {
            changes.add(
                    new FieldChange(ProblemField.GROUPS_AFFECTED, lines(groupsAffected), lines(after.groupsAffected)));
        }
        text(changes, ProblemField.PLACE, place, after.place);
        text(changes, ProblemField.WARD_CODE, wardCode, after.wardCode);
        constant(changes, ProblemField.PRIORITY, priority, after.priority);
        constant(changes, ProblemField.VISIBILITY, visibility, after.visibility);
        constant(changes, ProblemField.STATUS, status, after.status);
        return changes;
    }

    private static void text(List<FieldChange> changes, ProblemField field, String before, String after) {
        String was = blankAsNull(before);
        String now = blankAsNull(after);
        if (!Objects.equals(was, now)) {
            changes.add(new FieldChange(field, was, now));
        }
    }

    private static void constant(List<FieldChange> changes, ProblemField field, Enum<?> before, Enum<?> after) {
        if (before != after) {
            changes.add(
                    new FieldChange(field, before == null ? null : before.name(), after == null ? null : after.name()));
        }
    }

    private static String lines(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
