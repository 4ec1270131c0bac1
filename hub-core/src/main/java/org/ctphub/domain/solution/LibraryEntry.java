package org.ctphub.domain.solution;

import java.util.Objects;

/**
 * A solution as the library lists it: what the network's index says of its latest published
 * revision, where it lives, and how many times it was forked.
 *
 * @param solution the index entry
 * @param partnershipSlug where it lives
 * @param partnershipName its partnership's name
 * @param forks how many forks were made of it, in progress ones included
 */
public record LibraryEntry(NetworkSolution solution, String partnershipSlug, String partnershipName, long forks) {

    public LibraryEntry {
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(partnershipSlug, "partnershipSlug");
        Objects.requireNonNull(partnershipName, "partnershipName");
    }
}
