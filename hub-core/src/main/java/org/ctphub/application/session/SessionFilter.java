package org.ctphub.application.session;

import java.time.LocalDate;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.session.SessionFormat;
import org.ctphub.domain.shared.Visibility;

/**
 * What a caller asks to see in a list of sessions; every part is optional.
 *
 * @param visibility only sessions with this visibility (still only among those the caller may read)
 * @param problem only sessions linked to this problem
 * @param text words to search for in title, notes, decisions and actions
 */
public record SessionFilter(
        SessionFormat format,
        LocalDate from,
        LocalDate to,
        Visibility visibility,
        ProblemReference problem,
        String text) {

    public static SessionFilter none() {
        return new SessionFilter(null, null, null, null, null, null);
    }

    public static SessionFilter search(String text) {
        return new SessionFilter(null, null, null, null, null, text);
    }
}
