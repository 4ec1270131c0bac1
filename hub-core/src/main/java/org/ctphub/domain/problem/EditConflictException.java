package org.ctphub.domain.problem;

import java.time.Instant;
import java.util.Optional;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.ConflictException;

/**
 * Someone changed the problem after the editor started from it, so the edit was not saved. It
 * carries what the editor needs to decide again: the current version, who changed it last and
 * when, and the current values. Nothing was overwritten.
 */
public class EditConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final String reference;
    private final long expectedVersion;
    private final long currentVersion;
    private final Actor lastChangedBy;
    private final Instant lastChangedAt;
    private final ProblemValues current;

    public EditConflictException(
            String reference,
            long expectedVersion,
            long currentVersion,
            Actor lastChangedBy,
            Instant lastChangedAt,
            ProblemValues current) {
        super(reference + " was changed by " + (lastChangedBy == null ? "someone else" : lastChangedBy.name())
                + " at " + lastChangedAt + ", after you started from version " + expectedVersion
                + ". Nothing was saved: start again from the current version " + currentVersion + ".");
        this.reference = reference;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.lastChangedBy = lastChangedBy;
        this.lastChangedAt = lastChangedAt;
        this.current = current;
    }

    public String reference() {
        return reference;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** Absent for problems last changed before changes were signed. */
    public Optional<Actor> lastChangedBy() {
        return Optional.ofNullable(lastChangedBy);
    }

    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    public ProblemValues current() {
        return current;
    }
}
