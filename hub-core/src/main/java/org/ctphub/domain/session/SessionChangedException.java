package org.ctphub.domain.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ctphub.domain.shared.ConflictException;

/**
 * Someone changed the session after the caller read it. Nothing of the caller's change is kept;
 * the message says who changed it and when, so people can talk to each other.
 */
public class SessionChangedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final long currentVersion;

    public SessionChangedException(String changedBy, Instant changedAt, long currentVersion) {
        super(changedBy + " changed this session on " + WHEN.format(changedAt)
                + ", after you opened it. Nothing was saved: reload the session and make your changes again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
