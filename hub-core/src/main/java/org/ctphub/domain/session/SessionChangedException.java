package org.ctphub.domain.session;

import java.time.Instant;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.Refusal;

/**
 * Someone changed the session after the caller read it. Nothing of the caller's change is kept;
 * the message says who changed it and when (in UTC), so people can talk to each other.
 */
public class SessionChangedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public SessionChangedException(String changedBy, Instant changedAt, long currentVersion) {
        super(Refusal.of("session.changed", changedBy, changedAt));
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
