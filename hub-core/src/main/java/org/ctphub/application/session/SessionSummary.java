package org.ctphub.application.session;

import java.time.Instant;
import java.time.LocalDate;
import org.ctphub.domain.session.CoDesignSession;
import org.ctphub.domain.session.SessionFormat;
import org.ctphub.domain.shared.Visibility;

/** A session as a line in a list: no notes, no quotes. */
public record SessionSummary(
        long id,
        String title,
        LocalDate date,
        SessionFormat format,
        String place,
        int participants,
        int groupsRepresented,
        Visibility visibility,
        Instant updatedAt) {

    static SessionSummary of(CoDesignSession session) {
        return new SessionSummary(
                session.id(),
                session.title(),
                session.date(),
                session.format(),
                session.place(),
                session.participants(),
                session.groupsRepresented(),
                session.visibility(),
                session.updatedAt());
    }
}
