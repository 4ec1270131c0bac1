package org.ctphub.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Gives repositories a plain {@code EntityManager} that always speaks for the current transaction's
 * {@link TransactionEntityManager}. A transaction-scoped bean cannot hand out the entity manager
 * itself, because that scope is passivating and entity managers are not serialisable.
 */
@ApplicationScoped
public class HubPersistence {

    public static final String UNIT = "ctphub";

    @Inject
    TransactionEntityManager transactionEntityManager;

    @Produces
    EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> throw new IllegalStateException("The transaction closes its entity manager");
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "toString" -> {
                            return "EntityManager of the current transaction";
                        }
                        default -> {
                            try {
                                return method.invoke(transactionEntityManager.get(), args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }
}
