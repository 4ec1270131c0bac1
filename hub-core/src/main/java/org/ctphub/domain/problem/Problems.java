package org.ctphub.domain.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Visibility;

/**
 * The problems of the current partnership. Every implementation is bound to one partnership;
 * there is no way to name another one here.
 */
public interface Problems {

    Optional<Problem> findByReference(ProblemReference reference);

    /** A page of the problems with one of the given visibilities that pass the filter, in the given order. */
    Page<Problem> search(Set<Visibility> visibilities, ProblemFilter filter, ProblemSort sort, PageRequest pageRequest);

    void add(Problem problem);

    void remove(Problem problem);

    /**
     * Writes pending changes now, so that a clash with a concurrent change surfaces in the use case.
     *
     * @throws jakarta.persistence.OptimisticLockException when another transaction changed a problem first
     */
    void flush();

    long count();

    /** How many of the partnership's problems are in each status (statuses with none are absent). */
    Map<ProblemStatus, Long> countByStatus();

    /** How many of the partnership's problems are filed under each theme id. */
    Map<String, Long> countByTheme();

    /** Keeps changes to a stored problem in its change log. */
    void addChanges(List<ProblemChange> changes);

    /** The problem's change log, oldest first. */
    List<ProblemChange> changesOf(Problem problem);

    /** The changes made to the problem at {@code version} or later, oldest first. */
    List<ProblemChange> changesSince(Problem problem, long version);

    /** Evidence that came from a co-design session no longer names it once the session is removed. */
    void forgetSession(long sessionId);
}
