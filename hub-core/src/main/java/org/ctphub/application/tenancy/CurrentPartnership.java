package org.ctphub.application.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ctphub.domain.partnership.PartnershipNotFoundException;

/**
 * The partnership this request works in. The edge sets it once from the path; a tenant id sent
 * anywhere else (header, query, body) is never read. Work that has no request of its own, such
 * as seeding, selects a partnership with {@link #callAs}.
 */
@RequestScoped
public class CurrentPartnership {

    private enum State {
        NONE,
        RESOLVED,
        UNKNOWN
    }

    @Resource
    TransactionSynchronizationRegistry transactions;

    private State state = State.NONE;
    private PartnershipRef partnership;

    /** Called by the edge when the path names an existing partnership. */
    public void resolve(PartnershipRef resolved) {
        Objects.requireNonNull(resolved, "resolved");
        if (state != State.NONE) {
            throw new IllegalStateException("The partnership of a request is resolved once");
        }
        state = State.RESOLVED;
        partnership = resolved;
    }

    /** Called by the edge when the path names a partnership that does not exist. */
    public void resolveUnknown() {
        if (state != State.NONE) {
            throw new IllegalStateException("The partnership of a request is resolved once");
        }
        state = State.UNKNOWN;
    }

    public Optional<PartnershipRef> find() {
        return Optional.ofNullable(partnership);
    }

    /**
     * The partnership of this request.
     *
     * @throws PartnershipNotFoundException when the path named a partnership that does not exist
     * @throws NoPartnershipSelectedException when nothing selected one: a bug, and the hub fails closed
     */
    public PartnershipRef require() {
        return switch (state) {
            case RESOLVED -> partnership;
            case UNKNOWN -> throw new PartnershipNotFoundException();
            case NONE -> throw new NoPartnershipSelectedException();
        };
    }

    /**
     * Runs work as the given partnership, then restores what was selected before. Entity managers
     * are bound to one partnership per transaction, so this may only be called outside one.
     */
    public <T> T callAs(PartnershipRef other, Supplier<T> work) {
        Objects.requireNonNull(other, "other");
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("Switching partnership inside a transaction would mix tenants");
        }
        State previousState = state;
        PartnershipRef previous = partnership;
        state = State.RESOLVED;
        partnership = other;
        try {
            return work.get();
        } finally {
            state = previousState;
            partnership = previous;
        }
    }

    public void runAs(PartnershipRef other, Runnable work) {
        callAs(other, () -> {
            work.run();
            return null;
        });
    }
}
