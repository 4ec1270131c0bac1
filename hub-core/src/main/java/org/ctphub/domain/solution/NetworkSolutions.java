package org.ctphub.domain.solution;

import java.util.List;
import java.util.Optional;

/**
 * The network's index of solutions ({@link NetworkSolution}): the one read model through which
 * one partnership learns about another's solutions (whether one is published, where it lives,
 * what it was forked from), and from which lineages are read. Not filtered to the current
 * partnership; it holds nothing a draft says.
 */
public interface NetworkSolutions {

    /** The solution with this slug in the given partnership, if the network knows of it. */
    Optional<NetworkSolution> find(long partnershipId, SolutionSlug slug);

    Optional<NetworkSolution> find(long solutionId);

    /**
     * The whole lineage the solution belongs to: its root (followed up through its upstreams)
     * and every fork below the root, each with its partnership.
     */
    List<LineageEntry> lineageOf(NetworkSolution solution);

    void add(NetworkSolution entry);
}
