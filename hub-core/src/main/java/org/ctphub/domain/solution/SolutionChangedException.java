package org.ctphub.domain.solution;

import java.time.Instant;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.Refusal;

/**
 * Someone changed the solution after the caller read it, so nothing of the caller's change was
 * kept. The message names who changed it and when (in UTC); the current version lets the caller
 * read it again and decide.
 */
public class SolutionChangedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public SolutionChangedException(String changedBy, Instant changedAt, long currentVersion) {
        super(Refusal.of("solution.changed", changedBy, changedAt));
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
