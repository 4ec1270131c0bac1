package org.ctphub.application.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.session.Audience;
import org.ctphub.domain.session.CoDesignSession;
import org.ctphub.domain.session.SessionFormat;
import org.ctphub.domain.session.SessionQuote;
import org.ctphub.domain.shared.Visibility;

/**
 * A session as one audience may read it. Built only by {@link #of}: quotes without consent and
 * linked problems the reader may not see are left out, and outside the partnership so are the
 * names of the people who wrote it down.
 *
 * @param recordedBy display name of who recorded it; {@code null} outside the partnership
 * @param updatedBy display name of who changed it last; {@code null} outside the partnership
 * @param version what to send back with an edit, to detect changes made in between
 */
public record SessionView(
        long id,
        String title,
        LocalDate date,
        SessionFormat format,
        String place,
        int participants,
        int groupsRepresented,
        String notes,
        String decisions,
        String actions,
        Visibility visibility,
        List<LinkedProblem> problems,
        List<Quote> quotes,
        Instant recordedAt,
        String recordedBy,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public record LinkedProblem(ProblemReference reference, String title) {}

    /** @param attribution who said it, without names */
    public record Quote(long id, String text, String attribution, boolean consent) {}

    public SessionView {
        problems = List.copyOf(problems);
        quotes = List.copyOf(quotes);
    }

    /**
     * @param linkedProblems the problems the session is linked to, as loaded from its partnership
     * @param readable the visibilities the reader may read; other linked problems are left out
     */
    public static SessionView of(
            CoDesignSession session, List<Problem> linkedProblems, Set<Visibility> readable, Audience audience) {
        boolean inside = audience == Audience.PARTNERSHIP;
        return new SessionView(
                session.id(),
                session.title(),
                session.date(),
                session.format(),
                session.place(),
                session.participants(),
                session.groupsRepresented(),
                session.notes(),
                session.decisions(),
                session.actions(),
                session.visibility(),
                linkedProblems.stream()
                        .filter(p -> readable.contains(p.visibility()))
                        .map(p -> new LinkedProblem(p.reference(), p.title()))
                        .toList(),
                session.quotesVisibleTo(audience).stream()
                        .map(SessionView::quote)
                        .toList(),
                session.createdAt(),
                inside ? session.createdBy().displayName() : null,
                session.updatedAt(),
                inside ? session.updatedBy().displayName() : null,
                session.version());
    }

    private static Quote quote(SessionQuote quote) {
        return new Quote(quote.id(), quote.text(), quote.attribution(), quote.consent());
    }
}
