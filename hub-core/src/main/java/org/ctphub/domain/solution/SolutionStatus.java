package org.ctphub.domain.solution;

/**
 * Where a solution is in its life: a draft only its partnership sees; published to the network
 * library; retired (still shown, with its lineage, but no longer recommended).
 */
public enum SolutionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
