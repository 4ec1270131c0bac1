package org.ctphub.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.IntStream;
import org.ctphub.domain.problem.GroupsAffected;
import org.ctphub.domain.session.SessionChangedException;
import org.junit.jupiter.api.Test;

/** A refusal reads in the reader's language, arguments and all; the API's English stays as it was. */
class RefusalTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Test
    void aRefusalWithArgumentsInEnglishAndInWelsh() {
        List<String> thirteen =
                IntStream.rangeClosed(1, 13).mapToObj(i -> "group " + i).toList();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GroupsAffected.normalise(thirteen));

        assertEquals("name at most 12 groups affected", e.getMessage());
        assertEquals("name at most 12 groups affected", e.getMessage(Locale.UK));
        assertEquals("Enwch 12 grŵp yr effeithir arnynt ar y mwyaf", e.getMessage(WELSH));
    }

    @Test
    void theInputARefusalNamesIsNamedInTheReadersLanguage() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Texts.required("title", " ", 200));

        assertEquals("title is required", e.getMessage(), "the API keeps its field names");
        assertEquals("Mae angen teitl", e.getMessage(WELSH));
    }

    @Test
    void apostrophesNestedRefusalsAndAlternativesInWelsh() {
        Refusal alreadyRaised = Refusal.of(
                "problem.status-change.already",
                Refusal.of("problem.status.raised"),
                List.of(Refusal.of("problem.status.exploring"), Refusal.of("problem.status.parked")));

        assertEquals("The problem is already raised; it can move to exploring or parked.", alreadyRaised.inEnglish());
        assertEquals(
                "Mae'r broblem eisoes wedi'i chodi; gall symud i un o'r rhain: yn ymchwilio neu wedi'i gohirio.",
                alreadyRaised.in(WELSH));
        assertEquals(
                "templateId must be one of a, b or c",
                Refusal.of("partnership.template.unknown", List.of("a", "b", "c"))
                        .inEnglish());
    }

    @Test
    void numbersAndTimesAsTheLanguageWritesThem() {
        InvalidInputException tooLong =
                assertThrows(InvalidInputException.class, () -> Texts.required("notes", "x".repeat(20_001), 20_000));
        assertEquals("notes must be at most 20,000 characters", tooLong.getMessage());
        assertEquals("Ni all nodiadau fod yn fwy na 20,000 nod", tooLong.getMessage(WELSH));

        TimeZone serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
        try {
            SessionChangedException changed =
                    new SessionChangedException("Olu Organiser", Instant.parse("2026-11-23T14:05:00Z"), 4);
            assertEquals(
                    "Olu Organiser changed this session on 23 Nov 2026 at 14:05 UTC, after you opened it."
                            + " Nothing was saved: reload the session and make your changes again.",
                    changed.getMessage(),
                    "in UTC whatever the server's time zone");
            assertEquals(
                    "Newidiodd Olu Organiser y sesiwn hon ar 23 Tach 2026 am 14:05 UTC, ar ôl i chi ei hagor."
                            + " Ni chadwyd dim: ail-lwythwch y sesiwn a gwnewch eich newidiadau eto.",
                    changed.getMessage(WELSH));
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }

    @Test
    void welshForWelshReadersEnglishForEveryoneElse() {
        HubException e = new UnauthenticatedException();

        assertEquals("Mewngofnodwch i wneud hyn.", e.getMessage(Locale.forLanguageTag("cy-GB")));
        assertEquals("Sign in to do this.", e.getMessage(Locale.FRENCH));
        assertEquals("Sign in to do this.", e.getMessage(null));
        assertEquals("Sign in to do this.", e.getMessage());
    }

    @Test
    void aMissingTextNeverHidesTheRefusal() {
        assertEquals("no.such.refusal", Refusal.of("no.such.refusal").in(WELSH));
        assertEquals("ifMatch", Refusal.field("ifMatch").in(WELSH), "an input without a name is named as sent");

        ConflictException untranslated = new ConflictException("HMS-0001 was changed by Ada.") {
            private static final long serialVersionUID = 1L;
        };
        assertEquals("HMS-0001 was changed by Ada.", untranslated.getMessage(WELSH));
        assertEquals("", untranslated.refusal().key());
    }
}
