package org.ctphub.api.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.ctphub.api.shared.JsonBody;
import org.ctphub.domain.session.SessionDetails;
import org.ctphub.domain.session.SessionFormat;
import org.ctphub.domain.session.SessionSort;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionRequestsTest {

    private static final Refusal SESSION = Refusal.of("request.body.session");

    @Test
    void readsEveryFieldOfASession() {
        SessionDetails details = SessionRequests.details(JsonBody.parse("""
                {"title":"Drop-in at the library","date":"2025-03-14","format":"drop-in","place":"Library",
                 "participants":12,"groupsRepresented":3,"notes":"*notes*","decisions":"d","actions":"a",
                 "visibility":"network","unknown":"ignored"}""", SESSION));
        assertEquals(
                new SessionDetails(
                        "Drop-in at the library",
                        LocalDate.of(2025, 3, 14),
                        SessionFormat.DROP_IN,
                        "Library",
                        12,
                        3,
                        "*notes*",
                        "d",
                        "a",
                        Visibility.NETWORK),
                details);
    }

    @Test
    void absentCountsAreZeroAndAbsentVisibilityIsLeftToTheDomain() {
        SessionDetails details =
                SessionRequests.details(JsonBody.parse("{\"title\":\"t\",\"participants\":null}", SESSION));
        assertEquals(0, details.participants());
        assertEquals(0, details.groupsRepresented());
        assertNull(details.visibility());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"title\":42}|title",
                "{\"title\":[\"a\"]}|title",
                "{\"date\":\"14/03/2025\"}|date",
                "{\"date\":\"2025-02-30\"}|date",
                "{\"date\":20250314}|date",
                "{\"format\":\"DROP_IN\"}|format",
                "{\"format\":\"party\"}|format",
                "{\"participants\":\"12\"}|participants",
                "{\"participants\":1.5}|participants",
                "{\"participants\":1e100}|participants",
                "{\"participants\":99999999999}|participants",
                "{\"groupsRepresented\":true}|groupsRepresented",
                "{\"visibility\":\"everyone\"}|visibility",
                "{\"notes\":\"\\ud800\"}|notes",
            })
    void aValueOfTheWrongKindNamesItsField(String json, String field) {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> SessionRequests.details(JsonBody.parse(json, SESSION)));
        assertEquals(field, refused.field());
    }

    /**
     * The records that document the bodies in /openapi are not what reads them, so each member they
     * name is sent alone with a value of the wrong kind: the reader must refuse it by name.
     */
    @Test
    void readsEveryMemberTheOpenApiDocumentNames() {
        assertReadsEveryMember(NewSessionJson.class, json -> SessionRequests.details(json));
        assertReadsEveryMember(SessionEditJson.class, json -> {
            SessionRequests.details(json);
            SessionRequests.expectedVersion(json, null);
        });
        assertReadsEveryMember(NewQuoteJson.class, json -> SessionRequests.quote(json));
        assertReadsEveryMember(QuoteConsentJson.class, json -> SessionRequests.consent(json));
    }

    private static void assertReadsEveryMember(Class<? extends Record> documented, Consumer<JsonBody> reader) {
        for (RecordComponent member : documented.getRecordComponents()) {
            JsonBody body = JsonBody.parse("{\"" + member.getName() + "\": {}}", Refusal.of("request.body.session"));
            InvalidInputException refused = assertThrows(
                    InvalidInputException.class,
                    () -> reader.accept(body),
                    documented.getSimpleName() + "." + member.getName());
            assertEquals(member.getName(), refused.field());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "not json", "[]", "42", "\"text\"", "null", "{\"a\":1}}"})
    void aBodyThatIsNotAnObjectNamesTheBody(String json) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> JsonBody.parse(json, SESSION));
        assertEquals("body", refused.field());
    }

    @Test
    void sortsByAnAllowedKeyWithAMinusForDescending() {
        assertEquals(SessionSort.newestFirst(), SessionRequests.sort(null));
        assertEquals(SessionSort.newestFirst(), SessionRequests.sort("-date"));
        assertEquals(new SessionSort(SessionSort.Key.DATE, true), SessionRequests.sort("date"));
        assertEquals(new SessionSort(SessionSort.Key.TITLE, true), SessionRequests.sort("title"));
        assertEquals(new SessionSort(SessionSort.Key.UPDATED, false), SessionRequests.sort("-updated"));
        for (String bad : new String[] {"-", "--date", "id", "date desc", "title;DROP TABLE x", "+date"}) {
            assertEquals(
                    "sort",
                    assertThrows(InvalidInputException.class, () -> SessionRequests.sort(bad))
                            .field(),
                    bad);
        }
    }

    @Test
    void theVersionComesFromTheBodyOrIfMatch() {
        JsonBody none = JsonBody.parse("{}", SESSION);
        JsonBody three = JsonBody.parse("{\"version\":3}", SESSION);
        assertEquals(OptionalLong.empty(), SessionRequests.expectedVersion(none, null));
        assertEquals(OptionalLong.of(3), SessionRequests.expectedVersion(three, null));
        assertEquals(OptionalLong.of(3), SessionRequests.expectedVersion(none, "\"3\""));
        assertEquals(OptionalLong.of(3), SessionRequests.expectedVersion(three, " \"3\" "));
        assertEquals(
                "version",
                assertThrows(InvalidInputException.class, () -> SessionRequests.expectedVersion(three, "\"4\""))
                        .field());
        for (String bad : new String[] {"3", "W/\"3\"", "*", "\"a\"", "\"3\", \"4\""}) {
            assertEquals(
                    "If-Match",
                    assertThrows(InvalidInputException.class, () -> SessionRequests.expectedVersion(none, bad))
                            .field(),
                    bad);
        }
        assertEquals(
                "version",
                assertThrows(
                                InvalidInputException.class,
                                () -> SessionRequests.expectedVersion(
                                        JsonBody.parse("{\"version\":\"3\"}", SESSION), null))
                        .field());
    }

    @Test
    void idsThatAreNotPositiveNumbersNameNothing() {
        assertEquals(42, SessionRequests.id("42"));
        for (String bad : new String[] {"0", "-1", "abc", "1e3", "99999999999999999999", ""}) {
            assertEquals(0, SessionRequests.id(bad), bad);
        }
        assertFalse(SessionRequests.id("7") == 0);
    }

    @Test
    void listParametersNameThemselvesWhenWrong() {
        String[][] cases = {
            {"party", null, null, null, null, "format"},
            {null, "2025-13-01", null, null, null, "from"},
            {null, null, "yesterday", null, null, "to"},
            {null, null, null, "secret", null, "visibility"},
            {null, null, null, null, "hms-1", "problem"},
        };
        for (String[] c : cases) {
            assertEquals(
                    c[5],
                    assertThrows(
                                    InvalidInputException.class,
                                    () -> SessionRequests.filter("q", c[0], c[1], c[2], c[3], c[4]))
                            .field());
        }
        assertEquals(
                SessionFormat.STREET_STALL,
                SessionRequests.filter(null, "street-stall", "", " ", null, "").format());
    }
}
