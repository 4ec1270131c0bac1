package org.ctphub.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.audit.AuditEntry;
import org.ctphub.domain.audit.Outcome;
import org.ctphub.domain.partnership.Partnership;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.HubException;
import org.ctphub.domain.shared.NotFoundException;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.shared.UnavailableException;

/**
 * Writes audit entries. Each is written in a transaction of its own: a refused attempt rolls its
 * own work back, but its audit entry stays.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CurrentPartnership currentPartnership;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Records a change, in the transaction that makes it: if that rolls back, so does the entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void done(String action, String objectType, String objectRef) {
        write(currentPartnershipId(), action, objectType, objectRef, Outcome.DONE, null);
    }

    /** Records a change to a partnership itself, which is not the request's current partnership. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void doneTo(Partnership partnership, String action) {
        write(partnership.id(), action, "partnership", partnership.slug().value(), Outcome.DONE, null);
    }

    /** Records a refused attempt in a transaction of its own, so it survives the attempt's rollback. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String action, String objectType, String objectRef, HubException reason) {
        write(currentPartnershipId(), action, objectType, objectRef, outcomeOf(reason), reason.getMessage());
    }

    private Long currentPartnershipId() {
        return currentPartnership.find().map(PartnershipRef::id).orElse(null);
    }

    private void write(
            Long partnershipId, String action, String objectType, String objectRef, Outcome outcome, String detail) {
        Caller caller = currentCaller.get();
        entityManager.persist(new AuditEntry(
                clock.instant(),
                partnershipId,
                caller.isSignedIn() ? caller.subject() : "anonymous",
                caller.displayName(),
                action,
                objectType,
                objectRef,
                outcome,
                detail));
    }

    private static Outcome outcomeOf(HubException reason) {
        if (reason instanceof UnauthenticatedException) {
            return Outcome.UNAUTHENTICATED;
        }
        if (reason instanceof ForbiddenException) {
            return Outcome.FORBIDDEN;
        }
        if (reason instanceof NotFoundException) {
            return Outcome.NOT_FOUND;
        }
        if (reason instanceof UnavailableException) {
            return Outcome.FAILED;
        }
        if (reason instanceof ConflictException) {
            return Outcome.CONFLICT;
        }
        return Outcome.INVALID;
    }
}
