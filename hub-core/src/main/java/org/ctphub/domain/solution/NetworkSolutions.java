package org.ctphub.domain.solution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ctphub.domain.problem.SearchText;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;

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

    /**
     * A page of the library: published solutions of partnerships the public may see that match the
     * query, each with its partnership and its number of forks. Retired solutions are not listed.
     */
    Page<LibraryEntry> library(LibraryQuery query, PageRequest pageRequest);

    /** The themes, languages and licences the library's published solutions hold. */
    LibraryFacets facets();

    /**
     * Published solutions, of partnerships the public may see, filed under one of {@code themes} or
     * whose text matches {@code words}: those sharing the most themes first, then the best matches.
     *
     * @param words text to match; null to match on themes alone
     */
    List<LibraryEntry> matching(Collection<String> themes, SearchText words, int limit);
}
