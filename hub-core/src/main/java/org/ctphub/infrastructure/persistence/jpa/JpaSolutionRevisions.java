package org.ctphub.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.ctphub.domain.solution.RevisionDate;
import org.ctphub.domain.solution.SolutionRevision;
import org.ctphub.domain.solution.SolutionRevisions;

/**
 * {@code SolutionRevision} is not tenant-owned, so these queries read every partnership's
 * revisions, in an entity manager bound to a partnership or in one bound to none. Only published
 * content is ever in that table.
 */
@ApplicationScoped
public class JpaSolutionRevisions implements SolutionRevisions {

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<SolutionRevision> find(long solutionId, int number) {
        return entityManager
                .createQuery(
                        "SELECT r FROM SolutionRevision r WHERE r.solutionId = :solution AND r.number = :number",
                        SolutionRevision.class)
                .setParameter("solution", solutionId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<SolutionRevision> latestOf(long solutionId) {
        return entityManager
                .createQuery(
                        "SELECT r FROM SolutionRevision r WHERE r.solutionId = :solution ORDER BY r.number DESC",
                        SolutionRevision.class)
                .setParameter("solution", solutionId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<SolutionRevision> listOf(long solutionId) {
        return entityManager
                .createQuery(
                        "SELECT r FROM SolutionRevision r WHERE r.solutionId = :solution ORDER BY r.number DESC",
                        SolutionRevision.class)
                .setParameter("solution", solutionId)
                .getResultList();
    }

    @Override
    public List<RevisionDate> datesOf(long solutionId) {
        return entityManager
                .createQuery(
                        "SELECT NEW org.ctphub.domain.solution.RevisionDate(r.number, r.publishedAt)"
                                + " FROM SolutionRevision r WHERE r.solutionId = :solution ORDER BY r.number DESC",
                        RevisionDate.class)
                .setParameter("solution", solutionId)
                .getResultList();
    }

    @Override
    public void add(SolutionRevision revision) {
        entityManager.persist(revision);
        entityManager.flush();
    }
}
