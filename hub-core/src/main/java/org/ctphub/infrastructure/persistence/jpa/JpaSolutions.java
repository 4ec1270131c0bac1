package org.ctphub.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.solution.ForkRequestKey;
import org.ctphub.domain.solution.Solution;
import org.ctphub.domain.solution.SolutionSlug;
import org.ctphub.domain.solution.SolutionSort;
import org.ctphub.domain.solution.SolutionStatus;
import org.ctphub.domain.solution.Solutions;
import org.ctphub.domain.solution.UpstreamDecision;

/**
 * No query here names a partnership: {@code Solution} and {@code UpstreamDecision} are
 * tenant-owned, and EclipseLink adds the current partnership to every query on them.
 */
@ApplicationScoped
public class JpaSolutions implements Solutions {

    private static final String STATUS_ORDER = "CASE WHEN s.status = " + SolutionStatus.class.getName() + ".DRAFT"
            + " THEN 0 WHEN s.status = " + SolutionStatus.class.getName() + ".PUBLISHED THEN 1 ELSE 2 END";

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<Solution> findBySlug(SolutionSlug slug) {
        return entityManager
                .createQuery("SELECT s FROM Solution s WHERE s.slug = :slug", Solution.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean existsBySlug(SolutionSlug slug) {
        return entityManager
                        .createQuery("SELECT COUNT(s) FROM Solution s WHERE s.slug = :slug", Long.class)
                        .setParameter("slug", slug.value())
                        .getSingleResult()
                > 0;
    }

    @Override
    public Optional<Solution> findForkOf(long upstreamSolutionId) {
        return entityManager
                .createQuery("SELECT s FROM Solution s WHERE s.upstreamSolutionId = :upstream", Solution.class)
                .setParameter("upstream", upstreamSolutionId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Solution> findByForkRequestKey(ForkRequestKey key) {
        return entityManager
                .createQuery("SELECT s FROM Solution s WHERE s.forkRequestKey = :key", Solution.class)
                .setParameter("key", key.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Solution> list(Set<SolutionStatus> statuses, SolutionSort sort, PageRequest pageRequest) {
        if (statuses.isEmpty()) {
            return new Page<>(List.of(), pageRequest.page(), pageRequest.size(), 0);
        }
        List<Solution> items = entityManager
                .createQuery("SELECT s FROM Solution s WHERE s.status IN :statuses" + orderBy(sort), Solution.class)
                .setParameter("statuses", statuses)
                .setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size())
                .getResultList();
        long total = entityManager
                .createQuery("SELECT COUNT(s) FROM Solution s WHERE s.status IN :statuses", Long.class)
                .setParameter("statuses", statuses)
                .getSingleResult();
        return new Page<>(items, pageRequest.page(), pageRequest.size(), total);
    }

    private static String orderBy(SolutionSort sort) {
        String direction = sort.ascending() ? " ASC" : " DESC";
        String key =
                switch (sort.key()) {
                    case NAME -> "s.content.name";
                    case STATUS -> STATUS_ORDER;
                    case UPDATED -> "s.updatedAt";
                    case CREATED -> "s.createdAt";
                };
        return " ORDER BY " + key + direction + ", s.id" + direction;
    }

    @Override
    public void add(Solution solution) {
        entityManager.persist(solution);
        entityManager.flush();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public List<UpstreamDecision> decisionsOf(Solution fork, int upstreamRevision) {
        return entityManager
                .createQuery(
                        "SELECT d FROM UpstreamDecision d WHERE d.solutionId = :fork"
                                + " AND d.upstreamRevision = :revision ORDER BY d.id",
                        UpstreamDecision.class)
                .setParameter("fork", fork.id())
                .setParameter("revision", upstreamRevision)
                .getResultList();
    }

    @Override
    public void addDecision(UpstreamDecision decision) {
        entityManager.persist(decision);
        entityManager.flush();
    }
}
