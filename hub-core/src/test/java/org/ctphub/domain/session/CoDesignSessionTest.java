package org.ctphub.domain.session;

import static org.ctphub.domain.session.SessionsForTests.ADVISOR;
import static org.ctphub.domain.session.SessionsForTests.NOW;
import static org.ctphub.domain.session.SessionsForTests.TODAY;
import static org.ctphub.domain.session.SessionsForTests.assignId;
import static org.ctphub.domain.session.SessionsForTests.assignVersion;
import static org.ctphub.domain.session.SessionsForTests.details;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ctphub.domain.problem.Problem;
import org.ctphub.domain.problem.ProblemReference;
import org.ctphub.domain.shared.Actor;
import org.ctphub.domain.shared.ConflictException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class CoDesignSessionTest {

    private static final Editor ORGANISER = new Editor("organiser-1", "Olu Organiser");

    private static CoDesignSession session() {
        return CoDesignSession.record(details("Lunch club listening", null), ADVISOR, NOW);
    }

    private static String invalidField(UnaryOperator<SessionDetails> change) {
        return assertThrows(
                        InvalidInputException.class,
                        () -> CoDesignSession.record(change.apply(details("t", null)), ADVISOR, NOW))
                .field();
    }

    private static SessionDetails with(
            SessionDetails d, String title, java.time.LocalDate date, SessionFormat format, int participants) {
        return new SessionDetails(
                title,
                date,
                format,
                d.place(),
                participants,
                d.groupsRepresented(),
                d.notes(),
                d.decisions(),
                d.actions(),
                d.visibility());
    }

    @Test
    void aNewSessionIsVisibleToItsPartnershipOnlyAndRemembersWhoRecordedIt() {
        CoDesignSession session = session();
        assertEquals(Visibility.PARTNERSHIP, session.visibility());
        assertEquals("Lunch club listening", session.title());
        assertEquals(SessionFormat.WORKSHOP, session.format());
        assertEquals(12, session.participants());
        assertEquals(3, session.groupsRepresented());
        assertEquals(ADVISOR, session.createdBy());
        assertEquals(ADVISOR, session.updatedBy());
        assertEquals(NOW, session.createdAt());
        assertTrue(session.isVisibleTo(Set.of(Visibility.PARTNERSHIP)));
        assertFalse(session.isVisibleTo(Set.of(Visibility.NETWORK, Visibility.PUBLIC)));
    }

    @Test
    void requiresTitleDateAndFormat() {
        assertEquals("title", invalidField(d -> with(d, " ", d.date(), d.format(), 1)));
        assertEquals("date", invalidField(d -> with(d, "t", null, d.format(), 1)));
        assertEquals("format", invalidField(d -> with(d, "t", d.date(), null, 1)));
    }

    @Test
    void aDateAtMostAYearAheadAndNotBefore1900() {
        assertEquals(
                TODAY.plusYears(1),
                CoDesignSession.record(
                                with(details("t", null), "t", TODAY.plusYears(1), SessionFormat.ONLINE, 1),
                                ADVISOR,
                                NOW)
                        .date());
        assertEquals("date", invalidField(d -> with(d, "t", TODAY.plusYears(1).plusDays(1), d.format(), 1)));
        assertEquals("date", invalidField(d -> with(d, "t", java.time.LocalDate.of(1899, 12, 31), d.format(), 1)));
        assertEquals("date", invalidField(d -> with(d, "t", java.time.LocalDate.MIN, d.format(), 1)));
    }

    @Test
    void countsAreBoundedAndGroupsNeedNotBeFewerThanParticipants() {
        assertEquals("participants", invalidField(d -> with(d, "t", d.date(), d.format(), -1)));
        assertEquals(
                "participants", invalidField(d -> with(d, "t", d.date(), d.format(), CoDesignSession.MAX_COUNT + 1)));
        assertEquals(
                "groupsRepresented",
                invalidField(d -> new SessionDetails("t", d.date(), d.format(), null, 1, -1, null, null, null, null)));
        CoDesignSession moreGroupsThanPeople = CoDesignSession.record(
                new SessionDetails("t", TODAY, SessionFormat.INTERVIEW, null, 1, 4, null, null, null, null),
                ADVISOR,
                NOW);
        assertEquals(4, moreGroupsThanPeople.groupsRepresented());
    }

    @Test
    void boundsTheLengthOfEveryText() {
        String tooLongPlace = "p".repeat(CoDesignSession.MAX_PLACE_LENGTH + 1);
        assertEquals(
                "place",
                invalidField(d ->
                        new SessionDetails("t", d.date(), d.format(), tooLongPlace, 1, 1, null, null, null, null)));
        assertEquals(
                "notes",
                invalidField(d -> new SessionDetails(
                        "t",
                        d.date(),
                        d.format(),
                        null,
                        1,
                        1,
                        "n".repeat(CoDesignSession.MAX_NOTES_LENGTH + 1),
                        null,
                        null,
                        null)));
        assertEquals(
                "decisions",
                invalidField(d -> new SessionDetails(
                        "t",
                        d.date(),
                        d.format(),
                        null,
                        1,
                        1,
                        null,
                        "d".repeat(CoDesignSession.MAX_DECISIONS_LENGTH + 1),
                        null,
                        null)));
        assertEquals(
                "actions",
                invalidField(d -> new SessionDetails(
                        "t",
                        d.date(),
                        d.format(),
                        null,
                        1,
                        1,
                        null,
                        null,
                        "a".repeat(CoDesignSession.MAX_ACTIONS_LENGTH + 1),
                        null)));
        String notes = "👵".repeat(CoDesignSession.MAX_NOTES_LENGTH);
        assertEquals(
                notes,
                CoDesignSession.record(
                                new SessionDetails("t", TODAY, SessionFormat.ONLINE, " ", 0, 0, notes, "", null, null),
                                ADVISOR,
                                NOW)
                        .notes());
    }

    @Test
    void aRefusedEditChangesNothing() {
        CoDesignSession session = session();
        assertThrows(
                InvalidInputException.class,
                () -> session.describe(
                        with(details("t", Visibility.PUBLIC), "New title", TODAY, SessionFormat.ONLINE, -5),
                        ORGANISER,
                        NOW.plusSeconds(60)));
        assertEquals("Lunch club listening", session.title());
        assertEquals(Visibility.PARTNERSHIP, session.visibility());
        assertEquals(ADVISOR, session.updatedBy());
    }

    @Test
    void anEditRecordsWhoChangedItLast() {
        CoDesignSession session = session();
        Instant later = NOW.plusSeconds(3600);
        session.describe(details("Lunch club, second visit", Visibility.NETWORK), ORGANISER, later);
        assertEquals("Lunch club, second visit", session.title());
        assertEquals(Visibility.NETWORK, session.visibility());
        assertEquals(ORGANISER, session.updatedBy());
        assertEquals(later, session.updatedAt());
        assertEquals(ADVISOR, session.createdBy());
        assertEquals(NOW, session.createdAt());
    }

    @Test
    void anOutdatedVersionIsAConflictNamingWhoChangedItAndWhen() {
        CoDesignSession session = session();
        session.describe(details("Changed by Olu", null), ORGANISER, Instant.parse("2026-11-23T14:05:00Z"));
        assignVersion(session, 4);
        session.requireVersion(4);
        SessionChangedException conflict = assertThrows(SessionChangedException.class, () -> session.requireVersion(3));
        assertTrue(conflict instanceof ConflictException);
        assertTrue(conflict.getMessage().contains("Olu Organiser"), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("23 Nov 2026 at 14:05 UTC"), conflict.getMessage());
        assertEquals(4, conflict.currentVersion());
    }

    @Test
    void linksEachProblemOnce() {
        CoDesignSession session = session();
        assignId(session, 7L);
        Problem problem = Problem.raise(
                new ProblemReference("HMS", 1), "Lonely", "No one visits", null, new Actor("advisor", "Advisor"), NOW);
        assignId(problem, 42L);
        Instant later = NOW.plusSeconds(60);
        assertTrue(session.linkProblem(problem, ORGANISER, later));
        assertFalse(session.linkProblem(problem, ORGANISER, later));
        assertEquals(Set.of(42L), session.linkedProblemIds());
        assertEquals(ORGANISER, session.updatedBy());
        assertFalse(session.unlinkProblem(41L, ADVISOR, later));
        assertTrue(session.unlinkProblem(42L, ADVISOR, later));
        assertTrue(session.linkedProblemIds().isEmpty());
    }

    @Test
    void aQuoteWithoutConsentNeverLeavesThePartnership() {
        CoDesignSession session = session();
        session.addQuote("I don't see anyone for days", "older resident", false, ADVISOR, NOW);
        session.addQuote("A lunch would get me out", "carer", true, ADVISOR, NOW);

        assertEquals(
                List.of("I don't see anyone for days", "A lunch would get me out"),
                texts(session.quotesVisibleTo(Audience.PARTNERSHIP)));
        assertEquals(List.of("A lunch would get me out"), texts(session.quotesVisibleTo(Audience.OUTSIDE)));
    }

    @Test
    void consentGivenLaterLetsAQuoteOutAndWithdrawnTakesItBack() {
        CoDesignSession session = session();
        SessionQuote quote = session.addQuote("Buses stop at six", null, false, ADVISOR, NOW);
        assignId(quote, 5L);
        assertTrue(session.quotesVisibleTo(Audience.OUTSIDE).isEmpty());

        session.changeQuoteConsent(5L, true, ORGANISER, NOW.plusSeconds(60));
        assertEquals(List.of("Buses stop at six"), texts(session.quotesVisibleTo(Audience.OUTSIDE)));
        assertEquals(ORGANISER, session.updatedBy());

        session.changeQuoteConsent(5L, false, ADVISOR, NOW.plusSeconds(120));
        assertTrue(session.quotesVisibleTo(Audience.OUTSIDE).isEmpty());
        assertEquals(1, session.quotesVisibleTo(Audience.PARTNERSHIP).size());
    }

    @Test
    void removesQuotesByIdAndRefusesUnknownOnes() {
        CoDesignSession session = session();
        assignId(session.addQuote("one", null, true, ADVISOR, NOW), 1L);
        assignId(session.addQuote("two", null, true, ADVISOR, NOW), 2L);
        session.removeQuote(1L, ADVISOR, NOW);
        assertEquals(List.of("two"), texts(session.quotesVisibleTo(Audience.PARTNERSHIP)));
        assertThrows(QuoteNotFoundException.class, () -> session.removeQuote(1L, ADVISOR, NOW));
        assertThrows(QuoteNotFoundException.class, () -> session.changeQuoteConsent(99L, true, ADVISOR, NOW));
    }

    @Test
    void aQuoteNeedsTextAndAShortAttribution() {
        CoDesignSession session = session();
        assertEquals(
                "text",
                assertThrows(InvalidInputException.class, () -> session.addQuote(" ", null, true, ADVISOR, NOW))
                        .field());
        assertEquals(
                "text",
                assertThrows(
                                InvalidInputException.class,
                                () -> session.addQuote(
                                        "q".repeat(SessionQuote.MAX_TEXT_LENGTH + 1), null, true, ADVISOR, NOW))
                        .field());
        assertEquals(
                "attribution",
                assertThrows(
                                InvalidInputException.class,
                                () -> session.addQuote(
                                        "q", "a".repeat(SessionQuote.MAX_ATTRIBUTION_LENGTH + 1), true, ADVISOR, NOW))
                        .field());
        assertTrue(session.quotesVisibleTo(Audience.PARTNERSHIP).isEmpty());
        assertNull(session.addQuote("q", "  ", true, ADVISOR, NOW).attribution());
    }

    private static List<String> texts(List<SessionQuote> quotes) {
        return quotes.stream().map(SessionQuote::text).toList();
    }
}
