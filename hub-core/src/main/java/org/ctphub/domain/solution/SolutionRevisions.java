package org.ctphub.domain.solution;

import java.util.List;
import java.util.Optional;

/**
 * Published revisions, of every partnership: network data, so not filtered to the current
 * partnership. This is the only way to read another partnership's solution content, and it only
 * ever holds what was published. Revisions are added, never changed or removed.
 */
public interface SolutionRevisions {

    Optional<SolutionRevision> find(long solutionId, int number);

    /** The solution's latest revision; absent while it was never published. */
    Optional<SolutionRevision> latestOf(long solutionId);

    /** Every revision of the solution, newest first. */
    List<SolutionRevision> listOf(long solutionId);

    /** When each revision of the solution was published, newest first, without their text. */
    List<RevisionDate> datesOf(long solutionId);

    /**
     * Stores a revision just published. Two publications of the same solution at once clash on
     * its number.
     *
     * @throws jakarta.persistence.PersistenceException on such a clash
     */
    void add(SolutionRevision revision);
}
