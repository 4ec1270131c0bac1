package org.ctphub.application.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ctphub.domain.problem.ProblemNotFoundException;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.Problems;
import org.ctphub.domain.shared.HubException;

/**
 * Describes a conflict that the database found: another transaction committed a change to the
 * problem between this one's read and its write. The failed transaction can no longer read, so
 * the current state is read in a transaction of its own.
 */
@ApplicationScoped
public class ProblemConflicts {

    @Inject
    Problems problems;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public HubException afterConcurrentChange(ProblemReference reference, long expectedVersion) {
        return problems.findByReference(reference)
                .<HubException>map(current ->
                        current.conflictWith(expectedVersion, problems.changesSince(current, expectedVersion)))
                .orElseGet(ProblemNotFoundException::new);
    }
}
