package org.ctphub.domain.solution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;

/**
 * The solutions of the current partnership, its drafts included, and the decisions its forks made
 * about their upstreams. Every implementation is bound to one partnership; there is no way to
 * name another one here. What other partnerships published is read through
 * {@link SolutionRevisions} and {@link NetworkSolutions}.
 */
public interface Solutions {

    Optional<Solution> findBySlug(SolutionSlug slug);

    boolean existsBySlug(SolutionSlug slug);

    /** This partnership's fork of the given solution: there is at most one. */
    Optional<Solution> findForkOf(long upstreamSolutionId);

    /** The fork the request with this key made here. */
    Optional<Solution> findByForkRequestKey(ForkRequestKey key);

    /** A page of the solutions in one of the given statuses, in the given order. */
    Page<Solution> list(Set<SolutionStatus> statuses, SolutionSort sort, PageRequest pageRequest);

    /**
     * Stores a new solution and writes it at once, so that it has its id and a clash with a
     * solution stored at the same moment (the same slug, a second fork of the same upstream)
     * surfaces here.
     *
     * @throws jakarta.persistence.PersistenceException on such a clash
     */
    void add(Solution solution);

    /**
     * Writes pending changes now, so that a clash with a concurrent change surfaces in the use case.
     *
     * @throws jakarta.persistence.OptimisticLockException when another transaction changed a solution first
     */
    void flush();

    /** The decisions the fork made about the fields one revision of its upstream changed. */
    List<UpstreamDecision> decisionsOf(Solution fork, int upstreamRevision);

    void addDecision(UpstreamDecision decision);
}
