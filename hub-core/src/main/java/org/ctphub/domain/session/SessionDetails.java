package org.ctphub.domain.session;

import java.time.LocalDate;
import org.ctphub.domain.shared.Visibility;

/**
 * What people write about a session, as given; {@link CoDesignSession} checks it. Participants
 * and groups represented are counts only: a session never records who came.
 */
public record SessionDetails(
        String title,
        LocalDate date,
        SessionFormat format,
        String place,
        int participants,
        int groupsRepresented,
        String notes,
        String decisions,
        String actions,
        Visibility visibility) {}
