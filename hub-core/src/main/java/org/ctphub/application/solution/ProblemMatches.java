package org.ctphub.application.solution;

import java.util.List;
import java.util.OptionalLong;
import org.ctphub.domain.solution.LibraryEntry;

/**
 * What the network offers for one problem: published solutions for the same themes or in similar
 * words, and how many other partnerships logged similar problems.
 *
 * @param solutions suggestions, those sharing a theme first
 * @param similarElsewhere how many other partnerships logged a similar problem visible to the network
 */
public record ProblemMatches(List<LibraryEntry> solutions, long similarElsewhere) {

    /** Counts of partnerships under this are not told exactly: a count of one or two could name them. */
    public static final int SMALLEST_COUNT_SHOWN = 3;

    public ProblemMatches {
        solutions = List.copyOf(solutions);
    }

    /** The count as it may be shown: absent when under {@link #SMALLEST_COUNT_SHOWN}, to be read "fewer than 3". */
    public OptionalLong similarElsewhereShown() {
        return similarElsewhere < SMALLEST_COUNT_SHOWN ? OptionalLong.empty() : OptionalLong.of(similarElsewhere);
    }
}
