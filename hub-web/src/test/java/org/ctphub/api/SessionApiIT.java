package org.ctphub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ctphub.testing.DemoUsers;
import org.ctphub.testing.Http;
import org.ctphub.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The co-design sessions API of hulme-moss-side, written through as its tech advisor and
 * organiser with real tokens. Every test works on sessions of its own, found by a word no other
 * test uses, so the order of tests and the data of others never matter.
 */
class SessionApiIT {

    private static final String SESSIONS = "/api/v1/partnerships/hulme-moss-side/sessions";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** An event handler attribute inside a tag; the same words escaped as text cannot run. */
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)<[^>]*\\son[a-z]+\\s*=");

    @Test
    void recordsASessionAndReadsItBack() throws Exception {
        String marker = marker();
        JsonObject sent = Json.createObjectBuilder()
                .add("title", "Drop-in at the library " + marker)
                .add("date", "2025-03-14")
                .add("format", "drop-in")
                .add("place", "Hulme library")
                .add("participants", 14)
                .add("groupsRepresented", 3)
                .add("notes", "People *want* a printed list.\n\n- one\n- two")
                .add("decisions", "Print the list monthly")
                .add("actions", "Ask the library")
                .add("visibility", "network")
                .build();
        HttpResponse<String> created = send("POST", SESSIONS, sent.toString(), DemoUsers.ADVISOR_HMS);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject session = Http.json(created);
        long id = session.getJsonNumber("id").longValue();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(SESSIONS + "/" + id), location);
        assertEquals(
                "\"" + session.getJsonNumber("version").longValue() + "\"",
                created.headers().firstValue("ETag").orElseThrow());
        assertTrue(created.body().startsWith("{\"id\":"), "fields in reading order: " + created.body());

        HttpResponse<String> read = Http.get(SESSIONS + "/" + id, "Authorization", Tokens.bearer("organiser-hms"));
        assertEquals(200, read.statusCode(), read.body());
        JsonObject got = Http.json(read);
        assertEquals("Drop-in at the library " + marker, got.getString("title"));
        assertEquals("2025-03-14", got.getString("date"));
        assertEquals("drop-in", got.getString("format"));
        assertEquals("Hulme library", got.getString("place"));
        assertEquals(14, got.getInt("participants"));
        assertEquals(3, got.getInt("groupsRepresented"));
        assertEquals("People *want* a printed list.\n\n- one\n- two", got.getString("notes"));
        assertTrue(got.getString("notesHtml").contains("<em>want</em>"), got.getString("notesHtml"));
        assertTrue(got.getString("notesHtml").contains("<li>one</li>"), got.getString("notesHtml"));
        assertEquals("Print the list monthly", got.getString("decisions"));
        assertEquals("Ask the library", got.getString("actions"));
        assertEquals("network", got.getString("visibility"));
        assertEquals(List.of(), got.getJsonArray("problems"));
        assertEquals(List.of(), got.getJsonArray("quotes"));
        assertEquals("Daniel Mensah", got.getString("recordedBy"));
        assertTrue(got.getString("recordedAt").endsWith("Z"), got.getString("recordedAt"));
        assertEquals(
                "\"" + got.getJsonNumber("version").longValue() + "\"",
                read.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void aSessionWithoutVisibilityStaysInsideThePartnership() throws Exception {
        JsonObject session = record(base("Planning meeting " + marker()).build());
        assertEquals("partnership", session.getString("visibility"));
        assertEquals(
                404,
                Http.get(SESSIONS + "/" + session.getJsonNumber("id"), "Authorization", Tokens.bearer("advisor-torbay"))
                        .statusCode());
    }

    @Test
    void listsFiltersSortsAndPages() throws Exception {
        String marker = marker();
        JsonObject march = record(base("Bravo " + marker)
                .add("date", "2025-03-01")
                .add("format", "workshop")
                .add("visibility", "public")
                .build());
        JsonObject april = record(base("Alpha " + marker)
                .add("date", "2025-04-01")
                .add("format", "online")
                .add("visibility", "network")
                .build());
        JsonObject may = record(base("Charlie " + marker)
                .add("date", "2025-05-01")
                .add("format", "workshop")
                .add("place", "Community hall")
                .add("visibility", "partnership")
                .build());
        String q = "?q=" + marker;

        JsonObject newestFirst = list(q);
        assertEquals(List.of("Charlie", "Alpha", "Bravo"), firstWords(newestFirst));
        assertEquals(3, newestFirst.getInt("total"));
        JsonObject first = newestFirst.getJsonArray("items").getJsonObject(0);
        assertEquals(
                List.of(
                        "id",
                        "title",
                        "date",
                        "format",
                        "place",
                        "participants",
                        "groupsRepresented",
                        "visibility",
                        "updatedAt"),
                List.copyOf(first.keySet()));

        assertEquals(List.of("Bravo", "Alpha", "Charlie"), firstWords(list(q + "&sort=date")));
        assertEquals(List.of("Charlie", "Alpha", "Bravo"), firstWords(list(q + "&sort=-date")));
        assertEquals(List.of("Alpha", "Bravo", "Charlie"), firstWords(list(q + "&sort=title")));
        assertEquals(List.of("Charlie", "Bravo", "Alpha"), firstWords(list(q + "&sort=-title")));
        assertEquals(List.of("Charlie", "Alpha", "Bravo"), firstWords(list(q + "&sort=-updated")));
        assertEquals(List.of("Bravo", "Alpha", "Charlie"), firstWords(list(q + "&sort=updated")));

        assertEquals(List.of("Charlie", "Bravo"), firstWords(list(q + "&format=workshop")));
        assertEquals(List.of("Alpha"), firstWords(list(q + "&format=online")));
        assertEquals(List.of("Alpha", "Bravo"), firstWords(list(q + "&to=2025-04-01")));
        assertEquals(List.of("Charlie", "Alpha"), firstWords(list(q + "&from=2025-04-01")));
        assertEquals(List.of("Alpha"), firstWords(list(q + "&from=2025-03-02&to=2025-04-30")));
        assertEquals(List.of("Bravo"), firstWords(list(q + "&visibility=public")));
        assertEquals(List.of("Charlie"), firstWords(list(q + "&visibility=partnership")));

        link(april, "HMS-0001");
        assertEquals(List.of("Alpha"), firstWords(list(q + "&problem=HMS-0001")));
        assertEquals(List.of(), firstWords(list(q + "&problem=HMS-9999")));

        JsonObject page0 = list(q + "&size=2&sort=title");
        assertEquals(List.of("Alpha", "Bravo"), firstWords(page0));
        assertTrue(page0.getBoolean("hasNext"));
        assertEquals(2, page0.getInt("size"));
        JsonObject page1 = list(q + "&size=2&page=1&sort=title");
        assertEquals(List.of("Charlie"), firstWords(page1));
        assertFalse(page1.getBoolean("hasNext"));

        // Outside the partnership, the same list holds only what may be read there.
        HttpResponse<String> torbay =
                Http.get(SESSIONS + q + "&sort=title", "Authorization", Tokens.bearer("advisor-torbay"));
        assertEquals(List.of("Alpha", "Bravo"), firstWords(Http.json(torbay)));
        assertEquals(List.of("Bravo"), firstWords(Http.json(Http.get(SESSIONS + q))));
        assertEquals(List.of(), firstWords(Http.json(Http.get(SESSIONS + q + "&visibility=partnership"))));
        assertNotEquals(march.getJsonNumber("id"), may.getJsonNumber("id"));
    }

    @Test
    void searchesInNotesAndTakesAnyTextLiterally() throws Exception {
        String marker = marker();
        record(base("Street stall")
                .add("notes", "Someone said " + marker + " twice")
                .build());
        assertEquals(1, list("?q=" + marker).getInt("total"));
        // A word in no session at all: natural language mode reads "-word" as the word itself.
        String unused = marker();

        List<String> searches = List.of(
                "+\"meal -bus* (x) @2 ~y <z>",
                "\"unterminated",
                "*",
                "-",
                "a b",
                "' OR 1=1 --",
                "100% _done_ !",
                "\u202e\u200bcaf\u00e9 \ud83d\ude00",
                "x".repeat(1000),
                marker + " +" + marker + "* -" + unused);
        for (String search : searches) {
            HttpResponse<String> response =
                    Http.get(SESSIONS + "?q=" + encode(search), "Authorization", Tokens.bearer("advisor-hms"));
            assertEquals(200, response.statusCode(), search + " -> " + response.body());
        }
        assertEquals(
                1,
                list("?q=" + encode(marker + " +" + marker + "* -" + unused)).getInt("total"),
                "operators are words like any other");
    }

    @Test
    void anEditFromAnOutdatedCopyIsRefusedAndNamesWhoChangedIt() throws Exception {
        String marker = marker();
        JsonObject session = record(base("Before " + marker).build());
        String path = SESSIONS + "/" + session.getJsonNumber("id");
        long read = session.getJsonNumber("version").longValue();

        HttpResponse<String> saved = send(
                "PUT",
                path,
                base("After " + marker).add("version", read).build().toString(),
                DemoUsers.ADVISOR_HMS);
        assertEquals(200, saved.statusCode(), saved.body());
        long current = Http.<JsonObject>json(saved).getJsonNumber("version").longValue();
        assertTrue(current > read, current + " after " + read);
        assertEquals("\"" + current + "\"", saved.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> stale = send(
                "PUT", path, base("Lost " + marker).add("version", read).build().toString(), DemoUsers.ORGANISER_HMS);
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject problem = Http.json(stale);
        assertEquals(409, problem.getInt("status"));
        assertTrue(
                problem.getString("detail").startsWith("Daniel Mensah changed this session on "), problem.toString());
        assertEquals(current, problem.getJsonNumber("currentVersion").longValue());
        assertEquals("After " + marker, get(path).getString("title"), "nothing of the stale edit was kept");

        HttpResponse<String> retried = send(
                "PUT",
                path,
                base("Merged " + marker).add("version", current).build().toString(),
                DemoUsers.ORGANISER_HMS);
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals("Grace Adeyemi", Http.<JsonObject>json(retried).getString("updatedBy"));
    }

    @Test
    void theVersionMayComeAsIfMatchAndOneOfThemIsRequired() throws Exception {
        String marker = marker();
        JsonObject session = record(base("Matched " + marker).build());
        String path = SESSIONS + "/" + session.getJsonNumber("id");
        HttpResponse<String> read = Http.get(path, "Authorization", Tokens.bearer("advisor-hms"));
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String body = base("Matched again " + marker).build().toString();

        HttpResponse<String> missing = send("PUT", path, body, DemoUsers.ADVISOR_HMS);
        assertEquals(428, missing.statusCode(), missing.body());
        JsonObject required = Http.json(missing);
        assertEquals(428, required.getInt("status"));
        assertEquals("version", required.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Matched " + marker, get(path).getString("title"));

        HttpResponse<String> matched = send("PUT", path, body, DemoUsers.ADVISOR_HMS, "If-Match", etag);
        assertEquals(200, matched.statusCode(), matched.body());
        assertNotEquals(etag, matched.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> stale = send("PUT", path, body, DemoUsers.ADVISOR_HMS, "If-Match", etag);
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("\"currentVersion\":"), stale.body());

        for (String bad : List.of("*", "W/" + etag, "abc")) {
            HttpResponse<String> response = send("PUT", path, body, DemoUsers.ADVISOR_HMS, "If-Match", bad);
            assertEquals(400, response.statusCode(), bad + " -> " + response.body());
            assertEquals(
                    "If-Match",
                    Http.<JsonObject>json(response)
                            .getJsonArray("errors")
                            .getJsonObject(0)
                            .getString("field"));
        }
    }

    @Test
    void badInputAnswers400NamingWhatToFixAndNeverAServerError() throws Exception {
        JsonObject session = record(base("Target of bad input " + marker()).build());
        String path = SESSIONS + "/" + session.getJsonNumber("id");
        long version = session.getJsonNumber("version").longValue();

        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{\"date\":\"2025-03-14\",\"format\":\"workshop\"}", "title");
        bodies.put("{\"title\":\"  \",\"date\":\"2025-03-14\",\"format\":\"workshop\"}", "title");
        bodies.put("{\"title\":\"No date\",\"format\":\"workshop\"}", "date");
        bodies.put("{\"title\":\"No format\",\"date\":\"2025-03-14\"}", "format");
        bodies.put(json(base("x".repeat(201))), "title");
        bodies.put(json(base("Long place").add("place", "p".repeat(201))), "place");
        bodies.put(json(base("Long notes").add("notes", "n".repeat(50_001))), "notes");
        bodies.put(json(base("Long decisions").add("decisions", "d".repeat(10_001))), "decisions");
        bodies.put(json(base("Long actions").add("actions", "a".repeat(10_001))), "actions");
        bodies.put(json(base("Bad format").add("format", "party")), "format");
        bodies.put(json(base("Upper case").add("format", "DROP_IN")), "format");
        bodies.put(json(base("Bad visibility").add("visibility", "everyone")), "visibility");
        bodies.put(json(base("Bad date").add("date", "14/03/2025")), "date");
        bodies.put(json(base("No such day").add("date", "2025-02-30")), "date");
        bodies.put(json(base("Far future").add("date", "2999-01-01")), "date");
        bodies.put(json(base("Far past").add("date", "1066-10-14")), "date");
        bodies.put(json(base("Date as number").add("date", 20250314)), "date");
        bodies.put(json(base("Title as number").add("title", 42)), "title");
        bodies.put(json(base("Negative").add("participants", -1)), "participants");
        bodies.put(json(base("Too many").add("participants", 100_001)), "participants");
        bodies.put(json(base("Huge").add("participants", 99_999_999_999L)), "participants");
        bodies.put(json(base("Fraction").add("groupsRepresented", 1.5)), "groupsRepresented");
        bodies.put(json(base("Text count").add("participants", "12")), "participants");
        bodies.put(json(base("Bool count").add("groupsRepresented", true)), "groupsRepresented");
        bodies.put(json(base("Nul \u0000 char")), "title");
        bodies.put("{\"title\":\"Lone \\ud800 surrogate\",\"date\":\"2025-03-14\",\"format\":\"workshop\"}", "title");
        bodies.put(
                json(base("Exponent")).replace("\"participants\":0", "\"participants\":1e999999999"), "participants");
        bodies.put("{", "body");
        bodies.put("not json", "body");
        bodies.put("[]", "body");
        bodies.put("\"a string\"", "body");
        bodies.put("null", "body");
        bodies.put("{\"title\":\"t\"}}", "body");
        bodies.put("", "body");
        bodies.put("[".repeat(100_000), "body");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> c : bodies.entrySet()) {
            expectFieldError(wrong, "POST", SESSIONS, c.getKey(), c.getValue());
            // The same body as a full edit, with the version it was read at.
            String edit = c.getKey().startsWith("{\"")
                    ? "{\"version\":" + version + "," + c.getKey().substring(1)
                    : c.getKey();
            expectFieldError(wrong, "PUT", path, edit, c.getValue());
        }
        expectFieldError(wrong, "PUT", path, json(base("Version as text").add("version", "3")), "version");
        expectFieldError(wrong, "PUT", path, json(base("Version fraction").add("version", 1.5)), "version");
        expectFieldError(wrong, "POST", path + "/quotes", "{\"attribution\":\"a carer\"}", "text");
        expectFieldError(wrong, "POST", path + "/quotes", "{\"text\":\"" + "q".repeat(2001) + "\"}", "text");
        expectFieldError(
                wrong,
                "POST",
                path + "/quotes",
                "{\"text\":\"t\",\"attribution\":\"" + "a".repeat(121) + "\"}",
                "attribution");
        expectFieldError(wrong, "POST", path + "/quotes", "{\"text\":\"t\",\"consent\":\"yes\"}", "consent");
        expectFieldError(wrong, "POST", path + "/quotes", "{\"text\":[]}", "text");
        expectFieldError(wrong, "POST", path + "/quotes", "nope", "body");
        expectFieldError(wrong, "PUT", path + "/quotes/1/consent", "{}", "consent");
        expectFieldError(wrong, "PUT", path + "/quotes/1/consent", "{\"consent\":\"true\"}", "consent");
        expectFieldError(wrong, "PUT", path + "/quotes/1/consent", "{\"consent\":1}", "consent");

        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("sort=id", "sort");
        queries.put("sort=-", "sort");
        queries.put("sort=--date", "sort");
        queries.put("sort=date%3BDROP%20TABLE%20problem", "sort");
        queries.put("format=party", "format");
        queries.put("visibility=secret", "visibility");
        queries.put("from=yesterday", "from");
        queries.put("to=2025-13-01", "to");
        queries.put("from=2025-05-01&to=2025-04-01", "from");
        queries.put("problem=hms-1", "problem");
        queries.put("problem=%27%20OR%201%3D1", "problem");
        queries.put("page=-1", "page");
        queries.put("page=abc", "page");
        queries.put("size=0", "size");
        queries.put("size=101", "size");
        for (Map.Entry<String, String> c : queries.entrySet()) {
            expectFieldError(wrong, "GET", SESSIONS + "?" + c.getKey(), null, c.getValue());
        }
        assertEquals(List.of(), wrong);
        assertTrue(get(path).getString("title").startsWith("Target of bad input"), "nothing was changed");
    }

    @Test
    void notesAreRenderedToHtmlWithoutAnythingThatRuns() throws Exception {
        String notes = String.join(
                "\n\n",
                "<script>alert('notes')</script>",
                "[click](javascript:alert(1)) and [also](JaVaScRiPt:alert(2)) and [data](data:text/html;base64,PHNjcmlwdD4=)",
                "<img src=x onerror=alert(3)>",
                "<a href=\"https://example.org\" onclick=\"alert(4)\">link</a>",
                "<div onmouseover=\"alert(5)\">hover</div>",
                "![pixel](https://tracker.example/p.gif \"t\")",
                "<svg/onload=alert(6)>",
                "[ok](https://example.org/safe) **bold**");
        JsonObject session = record(base("Notes that try to run " + marker())
                .add("notes", notes)
                .add("visibility", "public")
                .build());
        String id = session.getJsonNumber("id").toString();
        for (HttpResponse<String> response : List.of(
                Http.get(SESSIONS + "/" + id),
                Http.get(SESSIONS + "/" + id, "Authorization", Tokens.bearer("advisor-hms")))) {
            assertEquals(200, response.statusCode(), response.body());
            JsonObject read = Http.json(response);
            String html = read.getString("notesHtml");
            String lower = html.toLowerCase();
            assertFalse(lower.contains("<script"), html);
            assertFalse(lower.contains("javascript:"), html);
            assertFalse(lower.contains("data:text"), html);
            assertFalse(lower.contains("<img"), html);
            assertFalse(lower.contains("<svg"), html);
            assertFalse(EVENT_HANDLER.matcher(html).find(), html);
            assertTrue(html.contains("<strong>bold</strong>"), html);
            assertTrue(html.contains("href=\"https://example.org/safe\""), html);
            assertEquals(notes, read.getString("notes"), "the source is kept as written");
        }
    }

    @Test
    void linkingAnotherPartnershipsProblemAnswersLikeAMissingOne() throws Exception {
        JsonObject session = record(base("Links " + marker()).build());
        String path = SESSIONS + "/" + session.getJsonNumber("id") + "/problems/";

        HttpResponse<String> others = send("PUT", path + "TOR-0001", null, DemoUsers.ADVISOR_HMS);
        HttpResponse<String> missing = send("PUT", path + "HMS-9999", null, DemoUsers.ADVISOR_HMS);
        assertEquals(404, others.statusCode(), others.body());
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals(missing.body(), others.body());
        assertEquals(
                404,
                send("PUT", path + "not-a-reference", null, DemoUsers.ADVISOR_HMS)
                        .statusCode());

        HttpResponse<String> linked = send("PUT", path + "HMS-0004", null, DemoUsers.ORGANISER_HMS);
        assertEquals(200, linked.statusCode(), linked.body());
        JsonObject problem =
                Http.<JsonObject>json(linked).getJsonArray("problems").getJsonObject(0);
        assertEquals("HMS-0004", problem.getString("reference"));
        assertEquals("Tenants do not know how to chase repairs", problem.getString("title"));
        assertEquals(
                200,
                send("PUT", path + "HMS-0004", null, DemoUsers.ORGANISER_HMS).statusCode(),
                "again");

        HttpResponse<String> unlinked = send("DELETE", path + "HMS-0004", null, DemoUsers.ADVISOR_HMS);
        assertEquals(200, unlinked.statusCode(), unlinked.body());
        assertEquals(List.of(), Http.<JsonObject>json(unlinked).getJsonArray("problems"));
    }

    @Test
    void quotesAreAddedGivenConsentAndRemoved() throws Exception {
        JsonObject session = record(base("Quotes " + marker()).build());
        String path = SESSIONS + "/" + session.getJsonNumber("id");

        HttpResponse<String> added = send(
                "POST",
                path + "/quotes",
                "{\"text\":\"I'd use it every week\",\"attribution\":\"a carer\"}",
                DemoUsers.ORGANISER_HMS);
        assertEquals(201, added.statusCode(), added.body());
        JsonObject quote = Http.<JsonObject>json(added).getJsonArray("quotes").getJsonObject(0);
        long quoteId = quote.getJsonNumber("id").longValue();
        assertFalse(quote.getBoolean("consent"), "no consent unless said");
        assertEquals("a carer", quote.getString("attribution"));
        assertTrue(
                added.headers().firstValue("Location").orElseThrow().endsWith(path + "/quotes/" + quoteId),
                added.headers().toString());

        HttpResponse<String> consented =
                send("PUT", path + "/quotes/" + quoteId + "/consent", "{\"consent\":true}", DemoUsers.ORGANISER_HMS);
        assertEquals(200, consented.statusCode(), consented.body());
        assertTrue(Http.<JsonObject>json(consented)
                .getJsonArray("quotes")
                .getJsonObject(0)
                .getBoolean("consent"));

        assertEquals(
                404,
                send("PUT", path + "/quotes/999999999/consent", "{\"consent\":true}", DemoUsers.ADVISOR_HMS)
                        .statusCode());
        assertEquals(
                404,
                send("PUT", path + "/quotes/abc/consent", "{\"consent\":true}", DemoUsers.ADVISOR_HMS)
                        .statusCode());

        HttpResponse<String> removed = send("DELETE", path + "/quotes/" + quoteId, null, DemoUsers.ORGANISER_HMS);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(List.of(), Http.<JsonObject>json(removed).getJsonArray("quotes"));
        assertEquals(
                404,
                send("DELETE", path + "/quotes/" + quoteId, null, DemoUsers.ADVISOR_HMS)
                        .statusCode());
    }

    @Test
    void evidenceFromADeletedSessionNoLongerNamesIt() throws Exception {
        JsonObject session = record(base("Evidence source " + marker()).build());
        long sessionId = session.getJsonNumber("id").longValue();
        String evidencePath = "/api/v1/partnerships/hulme-moss-side/problems/HMS-0002/evidence";
        HttpResponse<String> added = send(
                "POST",
                evidencePath,
                "{\"kind\":\"workshop\",\"summary\":\"From the session\",\"date\":\"2026-01-10\",\"sessionId\":"
                        + sessionId + "}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(201, added.statusCode(), added.body());
        String evidence = added.headers().firstValue("Location").orElseThrow();
        assertTrue(Http.get(URI.create(evidence).getPath(), "Authorization", Tokens.bearer("advisor-hms"))
                .body()
                .contains("\"sessionId\":" + sessionId));

        assertEquals(
                204,
                send("DELETE", SESSIONS + "/" + sessionId, null, DemoUsers.ADVISOR_HMS)
                        .statusCode());

        HttpResponse<String> after =
                Http.get(URI.create(evidence).getPath(), "Authorization", Tokens.bearer("advisor-hms"));
        assertEquals(200, after.statusCode(), after.body());
        assertFalse(after.body().contains("\"sessionId\":" + sessionId), "no dangling session: " + after.body());
    }

    @Test
    void onlyTechAdvisorsDeleteAndADeletedSessionIsGone() throws Exception {
        JsonObject session = record(base("To delete " + marker()).build());
        String path = SESSIONS + "/" + session.getJsonNumber("id");
        HttpResponse<String> byOrganiser = send("DELETE", path, null, DemoUsers.ORGANISER_HMS);
        assertEquals(403, byOrganiser.statusCode(), byOrganiser.body());
        assertEquals(
                200,
                Http.get(path, "Authorization", Tokens.bearer("advisor-hms")).statusCode());

        HttpResponse<String> byAdvisor = send("DELETE", path, null, DemoUsers.ADVISOR_HMS);
        assertEquals(204, byAdvisor.statusCode(), byAdvisor.body());
        assertEquals(
                404,
                Http.get(path, "Authorization", Tokens.bearer("advisor-hms")).statusCode());
        assertEquals(404, send("DELETE", path, null, DemoUsers.ADVISOR_HMS).statusCode());
    }

    @Test
    void idsThatAreNotNumbersAreSimplyNotFound() throws Exception {
        HttpResponse<String> missing = Http.get(SESSIONS + "/999999999", "Authorization", Tokens.bearer("advisor-hms"));
        assertEquals(404, missing.statusCode());
        for (String id : List.of("abc", "-1", "0", "1e3", "99999999999999999999999", "%27%20OR%201%3D1")) {
            HttpResponse<String> response =
                    Http.get(SESSIONS + "/" + id, "Authorization", Tokens.bearer("advisor-hms"));
            assertEquals(404, response.statusCode(), id);
            assertEquals(missing.body(), response.body(), id);
        }
        assertEquals(
                404, Http.get("/api/v1/partnerships/no-such-place/sessions").statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesSessions() throws Exception {
        HttpResponse<String> response = Http.get("/openapi", "Accept", "application/json");
        assertEquals(200, response.statusCode());
        JsonObject document = Http.json(response);
        JsonObject paths = document.getJsonObject("paths");
        String base = "/api/v1/partnerships/{slug}/sessions";
        Map<String, List<String>> operations = new LinkedHashMap<>();
        operations.put(base, List.of("get", "post"));
        operations.put(base + "/{id}", List.of("get", "put", "delete"));
        operations.put(base + "/{id}/problems/{reference}", List.of("put", "delete"));
        operations.put(base + "/{id}/quotes", List.of("post"));
        operations.put(base + "/{id}/quotes/{quoteId}", List.of("delete"));
        operations.put(base + "/{id}/quotes/{quoteId}/consent", List.of("put"));
        for (Map.Entry<String, List<String>> path : operations.entrySet()) {
            JsonObject item = paths.getJsonObject(path.getKey());
            assertTrue(item != null, path.getKey() + " in " + paths.keySet());
            for (String method : path.getValue()) {
                JsonObject operation = item.getJsonObject(method);
                assertTrue(operation != null && operation.containsKey("summary"), method + " " + path.getKey());
                assertTrue(operation.getJsonObject("responses").size() >= 2, method + " " + path.getKey());
            }
        }
        JsonObject edit = paths.getJsonObject(base + "/{id}").getJsonObject("put");
        assertTrue(edit.getJsonObject("responses").containsKey("428"), edit.toString());
        String body = edit.getJsonObject("requestBody")
                .getJsonObject("content")
                .getJsonObject("application/json")
                .getJsonObject("schema")
                .getString("$ref");
        JsonObject schema = document.getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject(body.substring(body.lastIndexOf('/') + 1));
        assertTrue(schema.getJsonObject("properties").containsKey("groupsRepresented"), schema.toString());
    }

    private static void expectFieldError(List<String> wrong, String method, String path, String body, String field)
            throws Exception {
        HttpResponse<String> response = send(method, path, body, DemoUsers.ADVISOR_HMS);
        String shown = body == null ? "" : body.length() > 80 ? body.substring(0, 80) + "..." : body;
        String label = method + " " + path + " " + shown;
        if (response.statusCode() != 400) {
            wrong.add(label + " -> " + response.statusCode() + " " + response.body());
            return;
        }
        if (!response.body().contains("\"field\":\"" + field + "\"")) {
            wrong.add(label + " -> no error on " + field + ": " + response.body());
        }
        if (response.body().contains("Exception") || response.body().contains("at org.")) {
            wrong.add(label + " -> internals: " + response.body());
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            wrong.add(label + " -> not problem details: " + response.headers().firstValue("Content-Type"));
        }
    }

    private static JsonObjectBuilder base(String title) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("date", "2025-03-14")
                .add("format", "workshop")
                .add("participants", 0);
    }

    private static String json(JsonObjectBuilder builder) {
        return builder.build().toString();
    }

    private static JsonObject record(JsonObject session) throws Exception {
        HttpResponse<String> created = send("POST", SESSIONS, session.toString(), DemoUsers.ADVISOR_HMS);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created);
    }

    private static void link(JsonObject session, String reference) throws Exception {
        HttpResponse<String> linked = send(
                "PUT",
                SESSIONS + "/" + session.getJsonNumber("id") + "/problems/" + reference,
                null,
                DemoUsers.ADVISOR_HMS);
        assertEquals(200, linked.statusCode(), linked.body());
    }

    private static JsonObject get(String path) throws Exception {
        HttpResponse<String> response = Http.get(path, "Authorization", Tokens.bearer("advisor-hms"));
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static JsonObject list(String query) throws Exception {
        HttpResponse<String> response = Http.get(SESSIONS + query, "Authorization", Tokens.bearer("advisor-hms"));
        assertEquals(200, response.statusCode(), query + " -> " + response.body());
        return Http.json(response);
    }

    private static List<String> firstWords(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("title").split(" ")[0])
                .toList();
    }

    private static HttpResponse<String> send(String method, String path, String body, String user, String... headers)
            throws Exception {
        List<String> all = new ArrayList<>(List.of("Authorization", Tokens.bearer(user)));
        all.addAll(List.of(headers));
        return Http.send(method, path, body, all.toArray(String[]::new));
    }

    /** A word no other test writes, so a search for it finds this test's sessions only. */
    private static String marker() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
