package org.ctphub.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.partnership.Partnerships;

@ApplicationScoped
public class JpaPartnerships implements Partnerships {

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<Partnership> findBySlug(PartnershipSlug slug) {
        return entityManager
                .createQuery("SELECT p FROM Partnership p WHERE p.slug = :slug", Partnership.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Partnership> find(long id) {
        return Optional.ofNullable(entityManager.find(Partnership.class, id));
    }

    @Override
    public Optional<Partnership> findForUpdate(long id) {
        return Optional.ofNullable(entityManager.find(Partnership.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Partnership> listAll() {
        return entityManager
                .createQuery("SELECT p FROM Partnership p ORDER BY p.name", Partnership.class)
                .getResultList();
    }

    @Override
    public boolean existsBySlug(PartnershipSlug slug) {
        return entityManager
                        .createQuery("SELECT COUNT(p) FROM Partnership p WHERE p.slug = :slug", Long.class)
                        .setParameter("slug", slug.value())
                        .getSingleResult()
                > 0;
    }

    @Override
    public void add(Partnership partnership) {
        entityManager.persist(partnership);
        entityManager.flush();
    }
}
