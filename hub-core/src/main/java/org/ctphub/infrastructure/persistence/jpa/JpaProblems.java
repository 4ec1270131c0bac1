package org.ctphub.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.problem.Problems;
import org.ctphub.domain.shared.Page;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Visibility;

/** No query here names a partnership: EclipseLink adds the tenant to each of them. */
@ApplicationScoped
public class JpaProblems implements Problems {

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<Problem> findByReference(ProblemReference reference) {
        return entityManager
                .createQuery("SELECT p FROM Problem p WHERE p.reference = :reference", Problem.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Problem> list(Set<Visibility> visibilities, PageRequest pageRequest) {
        List<Problem> items = entityManager
                .createQuery(
                        "SELECT p FROM Problem p WHERE p.visibility IN :visibilities ORDER BY p.id DESC", Problem.class)
                .setParameter("visibilities", visibilities)
                .setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size())
                .getResultList();
        long total = entityManager
                .createQuery("SELECT COUNT(p) FROM Problem p WHERE p.visibility IN :visibilities", Long.class)
                .setParameter("visibilities", visibilities)
                .getSingleResult();
        return new Page<>(items, pageRequest.page(), pageRequest.size(), total);
    }

    @Override
    public void add(Problem problem) {
        entityManager.persist(problem);
        entityManager.flush();
    }

    @Override
    public void remove(Problem problem) {
        entityManager.remove(problem);
    }

    @Override
    public long count() {
        return entityManager
                .createQuery("SELECT COUNT(p) FROM Problem p", Long.class)
                .getSingleResult();
    }
}
