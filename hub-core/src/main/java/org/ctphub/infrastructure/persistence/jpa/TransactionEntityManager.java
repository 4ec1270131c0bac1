package org.ctphub.infrastructure.persistence.jpa;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.Map;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.tenancy.TenantOwned;

/**
 * The entity manager of one transaction, created for the partnership selected when the transaction
 * first touches the database. This is the single place where the tenant reaches EclipseLink: with
 * no partnership selected the entity manager has no tenant, and every query on a tenant-owned
 * entity fails rather than return another partnership's rows.
 */
@TransactionScoped
public class TransactionEntityManager implements Serializable {

    private static final long serialVersionUID = 1L;

    @PersistenceUnit(unitName = HubPersistence.UNIT)
    transient EntityManagerFactory entityManagerFactory;

    @Inject
    transient CurrentPartnership currentPartnership;

    private transient EntityManager entityManager;

    public EntityManager get() {
        if (entityManager == null) {
            Map<String, Object> properties = currentPartnership
                    .find()
                    .<Map<String, Object>>map(p -> Map.of(TenantOwned.CONTEXT_PROPERTY, String.valueOf(p.id())))
                    .orElseGet(Map::of);
            entityManager = entityManagerFactory.createEntityManager(SynchronizationType.SYNCHRONIZED, properties);
            entityManager.joinTransaction();
        }
        return entityManager;
    }

    @PreDestroy
    void close() {
        if (entityManager != null && entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
