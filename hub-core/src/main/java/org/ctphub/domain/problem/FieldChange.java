package org.ctphub.domain.problem;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One field of a problem, before and after a change, as text: lists one item per line, enums by
 * constant name, an empty value as {@code null}.
 */
public record FieldChange(ProblemField field, String before, String after) implements Serializable {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    /** The items of a list field's value before the change (themes by id, groups by label). */
    public List<String> beforeItems() {
        return items(before);
    }

    public List<String> afterItems() {
        return items(after);
    }

    private static List<String> items(String value) {
        return value == null ? List.of() : value.lines().toList();
    }
}
