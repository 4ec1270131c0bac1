package org.ctphub.application.solution;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises, in whatever the persistence provider and the transaction manager wrapped them in,
 * the database failures that mean "someone else did this at the same moment": a duplicate key, a
 * version that moved on, a deadlock.
 */
final class StoreFailures {

    private static final int MARIADB_DUPLICATE_KEY = 1062;
    private static final int MARIADB_DEADLOCK = 1213;
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;

    private StoreFailures() {}

    /** A unique key refused a row that another transaction stored first. */
    static boolean isDuplicateKey(Throwable failure) {
        return anyCause(
                failure,
                t -> t instanceof SQLException sql
                        && sql.getErrorCode() == MARIADB_DUPLICATE_KEY
                        && (sql instanceof SQLIntegrityConstraintViolationException
                                || "23000".equals(sql.getSQLState())));
    }

    static boolean isOptimisticLock(Throwable failure) {
        return anyCause(
                failure,
                t -> t instanceof jakarta.persistence.OptimisticLockException
                        || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException);
    }

    /** The database rolled this transaction back to let a concurrent one through. */
    static boolean isDeadlock(Throwable failure) {
        return anyCause(
                failure,
                t -> t instanceof SQLTransactionRollbackException
                        || (t instanceof SQLException sql
                                && (sql.getErrorCode() == MARIADB_DEADLOCK
                                        || sql.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT
                                        || "40001".equals(sql.getSQLState()))));
    }

    static boolean isConcurrentClash(Throwable failure) {
        return isDuplicateKey(failure) || isOptimisticLock(failure) || isDeadlock(failure);
    }

    private static boolean anyCause(Throwable failure, java.util.function.Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable t = failure;
        while (t != null && seen.put(t, Boolean.TRUE) == null) {
            if (test.test(t)) {
                return true;
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof org.eclipse.persistence.exceptions.EclipseLinkException eclipseLink) {
                next = eclipseLink.getInternalException();
            }
            t = next;
        }
        return false;
    }
}
