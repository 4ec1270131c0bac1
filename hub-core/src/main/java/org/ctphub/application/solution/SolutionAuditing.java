package org.ctphub.application.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ctphub.application.audit.AuditTrail;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.solution.Solutions;

/**
 * Runs a change to a solution inside the caller's transaction and audits it: done with the
 * change, or refused in a transaction of its own, so that the refusal is kept when the change
 * rolls back. Pending writes are flushed before the audit, so that a concurrent change to the
 * same solution is met inside the use case rather than as a failed commit.
 */
@ApplicationScoped
public class SolutionAuditing {

    static final String OBJECT_TYPE = "solution";

    /** The audit trail's {@code object_ref} column. */
    private static final int MAX_REF_LENGTH = 128;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Solutions solutions;

    /**
     * Runs the change; a clash with a concurrent change (a version that moved on, a key taken at
     * the same moment) is refused as a conflict: nothing was saved, and trying again is safe.
     */
    public <T> T run(String action, String target, Supplier<T> change, Function<T, String> refOf) {
        return attempt(
                action,
                target,
                () -> {
                    try {
                        T result = change.get();
                        solutions.flush();
                        return result;
                    } catch (PersistenceException failure) {
                        if (!StoreFailures.isConcurrentClash(failure)) {
                            throw failure;
                        }
                        throw new ConflictException(Refusal.of("solution.changed-concurrently"));
                    }
                },
                refOf);
    }

    /**
     * Runs the change and lets a failure of the database through as it is, for a caller that
     * answers a clash itself (a fork request retried at the same moment).
     */
    public <T> T attempt(String action, String target, Supplier<T> change, Function<T, String> refOf) {
        try {
            T result = change.get();
            solutions.flush();
            done(action, refOf.apply(result));
            return result;
        } catch (HubException refused) {
            refused(action, target, refused);
            throw refused;
        }
    }

    /** Records a change done, in the transaction that made it. */
    public void done(String action, String ref) {
        auditTrail.done(action, OBJECT_TYPE, shortened(ref));
    }

    /** Records a refusal, in a transaction of its own. */
    public void refused(String action, String target, HubException reason) {
        auditTrail.refused(action, OBJECT_TYPE, shortened(target), reason);
    }

    private static String shortened(String ref) {
        return ref == null || ref.length() <= MAX_REF_LENGTH ? ref : ref.substring(0, MAX_REF_LENGTH);
    }
}
