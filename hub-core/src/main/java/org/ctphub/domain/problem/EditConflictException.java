package org.ctphub.domain.problem;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.ConflictException;

/**
 * Someone changed the problem after the editor started from it, so the edit was not saved. It
 * carries what the editor needs to decide again: the current version, who changed it last and
 * when, the current values and every field changed since. Nothing was overwritten.
 */
public class EditConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final String reference;
    private final long expectedVersion;
    private final long currentVersion;
    private final Actor lastChangedBy;
    private final Instant lastChangedAt;
    private final ProblemValues current;
    private final List<FieldChangeBy> changesSince;

    /** A field someone changed after the editor started: what it was, what it is, who and when. */
    public record FieldChangeBy(FieldChange change, Actor by, Instant at) implements java.io.Serializable {}

    public EditConflictException(
            String reference,
            long expectedVersion,
            long currentVersion,
            Actor lastChangedBy,
            Instant lastChangedAt,
            ProblemValues current,
            List<ProblemChange> changesSince) {
        super(reference + " was changed by " + (lastChangedBy == null ? "someone else" : lastChangedBy.name())
                + " at " + lastChangedAt + ", after you started from version " + expectedVersion
                + ". Nothing was saved: start again from the current version " + currentVersion + ".");
        this.reference = reference;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.lastChangedBy = lastChangedBy;
        this.lastChangedAt = lastChangedAt;
        this.current = current;
        this.changesSince = changesSince.stream()
                .map(c -> new FieldChangeBy(c.change(), c.by(), c.at()))
                .toList();
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

    /**
     * Every field changed since the editor's version, oldest first. A field changed twice appears
     * twice; empty only for changes made before the hub kept a change log.
     */
    public List<FieldChangeBy> changesSince() {
        return changesSince;
    }
}
