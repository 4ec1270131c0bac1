package org.ctphub.domain.problem;

import java.util.EnumSet;
import java.util.Set;
import org.ctphub.domain.shared.Visibility;

/**
 * What a person narrows the register to. Empty sets and absent values mean "any"; the visibilities
 * asked for are further narrowed to those the caller may read.
 */
public record ProblemFilter(
        Set<ProblemStatus> statuses,
        String theme,
        Set<ProblemPriority> priorities,
        Set<Visibility> visibilities,
        String groupAffected,
        SearchText text) {

    private static final ProblemFilter NONE = new ProblemFilter(null, null, null, null, null, null);

    public ProblemFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null || priorities.isEmpty() ? Set.of() : Set.copyOf(priorities);
        visibilities = visibilities == null || visibilities.isEmpty() ? Set.of() : Set.copyOf(visibilities);
        theme = theme == null || theme.isBlank() ? null : theme.strip();
        groupAffected = groupAffected == null || groupAffected.isBlank() ? null : groupAffected.strip();
    }

    public static ProblemFilter none() {
        return NONE;
    }

    public ProblemFilter withStatuses(Set<ProblemStatus> newStatuses) {
        return new ProblemFilter(newStatuses, theme, priorities, visibilities, groupAffected, text);
    }

    public ProblemFilter withTheme(String newTheme) {
        return new ProblemFilter(statuses, newTheme, priorities, visibilities, groupAffected, text);
    }

    public ProblemFilter withPriorities(Set<ProblemPriority> newPriorities) {
        return new ProblemFilter(statuses, theme, newPriorities, visibilities, groupAffected, text);
    }

    public ProblemFilter withVisibilities(Set<Visibility> newVisibilities) {
        return new ProblemFilter(statuses, theme, priorities, newVisibilities, groupAffected, text);
    }

    public ProblemFilter withGroupAffected(String newGroup) {
        return new ProblemFilter(statuses, theme, priorities, visibilities, newGroup, text);
    }

    /** Searches title, summary and description for the typed text, cleaned by {@link SearchText#of}. */
    public ProblemFilter withText(String typed) {
        return new ProblemFilter(statuses, theme, priorities, visibilities, groupAffected, SearchText.of(typed));
    }

    /** The visibilities to list: those asked for that the caller may read, or all it may read. */
    public Set<Visibility> visibilitiesWithin(Set<Visibility> readable) {
        EnumSet<Visibility> allowed = readable.isEmpty() ? EnumSet.noneOf(Visibility.class) : EnumSet.copyOf(readable);
        if (!visibilities.isEmpty()) {
            allowed.retainAll(visibilities);
        }
        return allowed;
    }
}
