package org.ctphub.domain.solution;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One field that differs between two versions of a solution: for text and choices the value
 * before and after (enums by constant name, {@code null} for empty); for lists what was added
 * and what was removed.
 */
public record SolutionChange(SolutionField field, String before, String after, List<String> added, List<String> removed)
        implements Serializable {

    public SolutionChange {
        Objects.requireNonNull(field, "field");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
