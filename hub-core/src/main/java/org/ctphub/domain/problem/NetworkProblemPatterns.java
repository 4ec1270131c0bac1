package org.ctphub.domain.problem;

import java.util.Collection;

/**
 * What the network as a whole is facing, read across partnerships as counts only: never a
 * problem, a title or a reference. Only problems their partnership made visible to the network
 * or the public count, and only in partnerships the public may see.
 */
public interface NetworkProblemPatterns {

    /**
     * How many partnerships other than {@code excludedPartnershipId} logged a problem filed under
     * one of {@code themes}, or whose text holds every significant word of {@code words} (the
     * first few, leaving out words too short or too common to be indexed).
     *
     * @param words text to match, e.g. a problem's title; null to match on themes alone
     */
    long partnershipsWithSimilarProblems(long excludedPartnershipId, Collection<String> themes, SearchText words);
}
