package org.ctphub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.testing.DemoUsers;
import org.ctphub.testing.Fixtures;
import org.ctphub.testing.Fixtures.TestPartnership;
import org.ctphub.testing.Http;
import org.ctphub.testing.TestHub;
import org.ctphub.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The problem register through the REST API, as a client sees it: real tokens, the shared hub,
 * problems made by each test with words of its own so that no test sees another's. Writes happen in
 * hulme-moss-side, where the demo users are members.
 */
class ProblemRegisterApiIT {

    private static final String HMS = "/api/v1/partnerships/hulme-moss-side";
    private static final String PROBLEMS = HMS + "/problems";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Any tag the hub puts in HTML that could run script: a script or frame element, an on* handler, a script URL. */
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern DANGEROUS_IN_TAG = Pattern.compile(
            "^</?\\s*(script|iframe|object|embed|svg|img|style|link|meta)|\\son[a-z]+\\s*=|javascript:|vbscript:|data:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void raisesAProblemWithEveryFieldAndReadsItBack() throws Exception {
        String word = uniqueWord();
        JsonObject sent = Json.createObjectBuilder()
                .add("title", "Raised with every field " + word)
                .add("summary", "Summary " + word)
                .add("description", "Older people **cannot** find\n\n- a list\n- of things")
                .add("themes", Json.createArrayBuilder().add("loneliness").add("food"))
                .add(
                        "groupsAffected",
                        Json.createArrayBuilder().add("older people").add("carers"))
                .add("place", "Moss Side")
                .add("wardCode", "e05011368")
                .add("priority", "high")
                .add("visibility", "network")
                .build();
        HttpResponse<String> created = send("POST", PROBLEMS, sent.toString(), DemoUsers.ADVISOR_HMS);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject problem = Http.json(created);
        String reference = problem.getString("reference");
        assertTrue(
                created.headers().firstValue("Location").orElseThrow().endsWith(PROBLEMS + "/" + reference),
                created.headers().toString());
        assertEquals(etagOf(problem), created.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> read =
                Http.get(PROBLEMS + "/" + reference, "Authorization", bearer(DemoUsers.ADVISOR_HMS));
        assertEquals(200, read.statusCode(), read.body());
        JsonObject got = Http.json(read);
        assertEquals(etagOf(got), read.headers().firstValue("ETag").orElseThrow());
        assertEquals("Raised with every field " + word, got.getString("title"));
        assertEquals("Summary " + word, got.getString("summary"));
        assertEquals("Older people **cannot** find\n\n- a list\n- of things", got.getString("description"));
        assertTrue(got.getString("descriptionHtml").contains("<strong>cannot</strong>"), got.toString());
        assertTrue(got.getString("descriptionHtml").contains("<li>a list</li>"), got.toString());
        JsonArray themes = got.getJsonArray("themes");
        assertEquals(
                List.of("food", "loneliness"),
                strings(themes, "id").stream().sorted().toList());
        JsonObject loneliness = themes.getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("id").equals("loneliness"))
                .findFirst()
                .orElseThrow();
        assertEquals("Loneliness and isolation", loneliness.getString("en"));
        assertEquals("Unigrwydd ac ynysu", loneliness.getString("cy"));
        assertEquals(
                List.of("carers", "older people"),
                values(got.getJsonArray("groupsAffected")).stream().sorted().toList());
        assertEquals("Moss Side", got.getString("place"));
        assertEquals("E05011368", got.getString("wardCode"), "ward codes are kept in capitals");
        assertEquals("raised", got.getString("status"));
        assertEquals(List.of("exploring", "parked"), values(got.getJsonArray("nextStatuses")));
        assertEquals("high", got.getString("priority"));
        assertEquals("network", got.getString("visibility"));
        JsonArray history = got.getJsonArray("history");
        assertEquals(1, history.size());
        assertEquals("raised", history.getJsonObject(0).getString("to"));
        assertFalse(history.getJsonObject(0).containsKey("from"));
        assertFalse(history.getJsonObject(0).getString("by").isBlank());
        assertEquals(0, got.getJsonArray("evidence").size());
        assertEquals(0, got.getJsonArray("sessions").size());
        assertTrue(got.containsKey("createdAt") && got.containsKey("updatedAt"), got.toString());

        // Another partnership's member reads the network problem, but not the names of who keeps it.
        JsonObject outside =
                Http.json(Http.get(PROBLEMS + "/" + reference, "Authorization", bearer(DemoUsers.ADVISOR_TORBAY)));
        assertEquals(reference, outside.getString("reference"));
        assertFalse(outside.getJsonArray("history").getJsonObject(0).containsKey("by"), outside.toString());
        assertFalse(outside.containsKey("updatedBy"), outside.toString());
    }

    @Test
    void listsFilterSortAndPage() throws Exception {
        String word = uniqueWord();
        String low = raise(word, "Alpha", "\"priority\":\"low\",\"themes\":[\"food\"],\"groupsAffected\":[\"carers\"]");
        String urgent = raise(word, "Bravo", "\"priority\":\"urgent\",\"visibility\":\"public\"");
        String high = raise(word, "Charlie", "\"priority\":\"high\",\"themes\":[\"food\",\"safety\"]");
        changeStatus(high, "exploring", null);

        assertEquals(
                List.of(low, high, urgent), references(list("q=" + word + "&sort=priority", DemoUsers.ADVISOR_HMS)));
        assertEquals(
                List.of(urgent, high, low), references(list("q=" + word + "&sort=-priority", DemoUsers.ADVISOR_HMS)));
        assertEquals(List.of(high, urgent, low), references(list("q=" + word, DemoUsers.ADVISOR_HMS)), "-updated");
        assertEquals(List.of(low, urgent, high), references(list("q=" + word + "&sort=title", DemoUsers.ADVISOR_HMS)));
        assertEquals(
                List.of(high, urgent, low), references(list("q=" + word + "&sort=-reference", DemoUsers.ADVISOR_HMS)));
        assertEquals(
                List.of(urgent, high),
                references(list("q=" + word + "&priority=high,urgent&sort=-priority", DemoUsers.ADVISOR_HMS)));
        assertEquals(
                List.of(urgent, high),
                references(list("q=" + word + "&priority=high&priority=urgent&sort=-priority", DemoUsers.ADVISOR_HMS)));
        assertEquals(List.of(high), references(list("q=" + word + "&status=exploring", DemoUsers.ADVISOR_HMS)));
        assertEquals(
                List.of(low, urgent),
                references(list("q=" + word + "&status=raised,parked&sort=created", DemoUsers.ADVISOR_HMS)));
        assertEquals(
                List.of(low, high),
                references(list("q=" + word + "&theme=food&sort=reference", DemoUsers.ADVISOR_HMS)));
        assertEquals(List.of(low), references(list("q=" + word + "&group=CARERS", DemoUsers.ADVISOR_HMS)));
        assertEquals(List.of(urgent), references(list("q=" + word + "&visibility=public", DemoUsers.ADVISOR_HMS)));

        JsonObject page = list("q=" + word + "&sort=title&size=2&page=1", DemoUsers.ADVISOR_HMS);
        assertEquals(List.of(high), references(page));
        assertEquals(3, page.getInt("total"));
        assertFalse(page.getBoolean("hasNext"));
        assertTrue(
                list("q=" + word + "&sort=title&size=2", DemoUsers.ADVISOR_HMS).getBoolean("hasNext"));

        // Filters narrow what a caller may read; they never widen it.
        assertEquals(List.of(urgent), references(list("q=" + word, null)));
        assertEquals(List.of(), references(list("q=" + word + "&visibility=partnership", null)));
        assertEquals(List.of(urgent), references(list("q=" + word, DemoUsers.ADVISOR_TORBAY)));
    }

    @Test
    void badListParametersAnswer400NamingTheParameter() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("status=done", "status");
        cases.put("status=raised,,nope", "status");
        cases.put("priority=critical", "priority");
        cases.put("visibility=everyone", "visibility");
        cases.put("theme=no-such-theme", "theme");
        cases.put("sort=colour", "sort");
        cases.put("sort=--title", "sort");
        cases.put("sort=TITLE", "sort");
        cases.put("page=abc", "page");
        cases.put("page=-1", "page");
        cases.put("page=99999999&size=100", "page");
        cases.put("size=0", "size");
        cases.put("size=101", "size");
        cases.put("q=" + "x".repeat(1001), "q");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> response = Http.get(PROBLEMS + "?" + c.getKey());
            assertFieldError(response, c.getValue(), c.getKey());
        }
    }

    @Test
    void searchFindsProblemsAndSessionsAndToleratesAnyCharacters() throws Exception {
        TestPartnership partnership = Fixtures.partnership("api-search", "SRC");
        String word = uniqueWord();
        Fixtures.problem(partnership, "SRC-0001", "Public problem about " + word, "PUBLIC");
        Fixtures.problem(partnership, "SRC-0002", "Partnership problem about " + word, "PARTNERSHIP");
        long publicSession = session(partnership, "Public workshop on " + word, "PUBLIC", "SRC-0001");
        long privateSession = session(partnership, "Private workshop on " + word, "PARTNERSHIP", "SRC-0001");
        session(partnership, "Unrelated drop-in", "PUBLIC", null);
        String base = "/api/v1/partnerships/" + partnership.slug();

        JsonObject found = Http.json(Http.get(base + "/search?q=" + word));
        assertEquals(List.of("SRC-0001"), strings(found.getJsonArray("problems"), "reference"));
        assertEquals(1, found.getInt("problemsTotal"));
        assertEquals(List.of(publicSession), ids(found.getJsonArray("sessions")));
        assertEquals(1, found.getInt("sessionsTotal"));

        JsonObject problem = Http.json(Http.get(base + "/problems/SRC-0001"));
        assertEquals(
                List.of(publicSession), ids(problem.getJsonArray("sessions")), "only sessions the reader may read");
        assertEquals(
                "Public workshop on " + word,
                problem.getJsonArray("sessions").getJsonObject(0).getString("title"));
        assertFalse(ids(problem.getJsonArray("sessions")).contains(privateSession));

        List<String> nasty = List.of(
                "+\"meal -bus* (x) @2 ~y <z>",
                "\"unterminated " + word,
                "*",
                "'; DROP TABLE problem; --",
                "%_!\\",
                "👵🏽 meal " + word,
                "\u200B",
                "a",
                "-" + word + "*",
                "MATCH(title) AGAINST('x' IN BOOLEAN MODE)",
                ("+meal -bus* (x) @2 ~y <z> \"" + word + "\" ").repeat(20));
        for (String q : nasty) {
            HttpResponse<String> search = Http.get(base + "/search?q=" + encode(q));
            assertEquals(200, search.statusCode(), q + " -> " + search.body());
            HttpResponse<String> filtered = Http.get(base + "/problems?q=" + encode(q));
            assertEquals(200, filtered.statusCode(), q + " -> " + filtered.body());
        }
        assertEquals(
                0,
                Http.<JsonObject>json(Http.get(base + "/search?q=%E2%80%8B")).getInt("sessionsTotal"),
                "nothing searchable finds nothing");

        assertFieldError(Http.get(base + "/search"), "q", "no q");
        assertFieldError(Http.get(base + "/search?q=%20%20"), "q", "blank q");
        assertFieldError(Http.get(base + "/search?q=" + "ab".repeat(2 * 1024)), "q", "4 KB");
        // Beyond 8 KB of request line the HTTP server itself refuses the request, before the hub sees it.
        HttpResponse<String> tenKilobytes = Http.get(base + "/search?q=" + "ab".repeat(5 * 1024));
        assertEquals(400, tenKilobytes.statusCode(), tenKilobytes.body());
        assertEquals(
                200, Http.get(base + "/search?q=" + encode("ab ".repeat(333))).statusCode(), "999 characters are fine");
    }

    @Test
    void statusMovesAlongItsRulesAndKeepsItsHistory() throws Exception {
        String reference = raise(uniqueWord(), "Status", "");
        JsonObject exploring = changeStatus(reference, "exploring", "We met the tenants");
        JsonArray history = exploring.getJsonArray("history");
        assertEquals(2, history.size());
        JsonObject step = history.getJsonObject(1);
        assertEquals("raised", step.getString("from"));
        assertEquals("exploring", step.getString("to"));
        assertEquals("We met the tenants", step.getString("why"));
        assertFalse(step.getString("by").isBlank());
        assertNotNull(step.getString("at"));

        HttpResponse<String> illegal =
                statusRequest(reference, "{\"status\":\"solved\",\"version\":" + versionOf(reference) + "}");
        JsonObject refusal = assertFieldError(illegal, "status", "exploring to solved");
        String message = fieldMessage(refusal, "status");
        for (String allowed : List.of("raised", "co-designing", "parked")) {
            assertTrue(message.contains(allowed), message);
        }
        assertFieldError(
                statusRequest(reference, "{\"status\":\"parked\",\"version\":" + versionOf(reference) + "}"),
                "why",
                "parking needs a why");
        assertFieldError(
                statusRequest(reference, "{\"status\":\"done\",\"version\":" + versionOf(reference) + "}"),
                "status",
                "unknown status");
        assertFieldError(statusRequest(reference, "{\"version\":" + versionOf(reference) + "}"), "status", "no status");
        assertFieldError(
                statusRequest(
                        reference,
                        "{\"status\":\"parked\",\"why\":\"" + "w".repeat(1001) + "\",\"version\":"
                                + versionOf(reference) + "}"),
                "why",
                "why too long");

        long stale = versionOf(reference);
        JsonObject parked = changeStatus(reference, "parked", "No funding this year");
        assertEquals("parked", parked.getString("status"));
        HttpResponse<String> conflict =
                statusRequest(reference, "{\"status\":\"exploring\",\"version\":" + stale + "}");
        assertEquals(409, conflict.statusCode(), conflict.body());
        assertEquals(
                parked.getJsonNumber("version").longValue(),
                Http.<JsonObject>json(conflict).getJsonNumber("currentVersion").longValue());

        HttpResponse<String> noVersion = statusRequest(reference, "{\"status\":\"exploring\"}");
        assertEquals(428, noVersion.statusCode(), noVersion.body());
        assertEquals(
                3,
                Http.<JsonObject>json(
                                Http.get(PROBLEMS + "/" + reference, "Authorization", bearer(DemoUsers.ADVISOR_HMS)))
                        .getJsonArray("history")
                        .size(),
                "refusals leave no history");
    }

    @Test
    void organisersAddEvidenceButDoNotKeepTheRegister() throws Exception {
        String reference = raise(uniqueWord(), "Evidence", "");
        long version = versionOf(reference);
        String today = LocalDate.now().minusDays(1).toString();
        String evidence =
                "{\"kind\":\"survey\",\"summary\":\"40 replies\",\"numberOfPeople\":40,\"date\":\"" + today + "\"}";
        HttpResponse<String> added =
                send("POST", PROBLEMS + "/" + reference + "/evidence", evidence, DemoUsers.ORGANISER_HMS);
        assertEquals(201, added.statusCode(), added.body());
        JsonObject item = Http.json(added);
        long id = item.getJsonNumber("id").longValue();
        assertEquals("survey", item.getString("kind"));
        assertEquals(40, item.getInt("numberOfPeople"));
        assertEquals(today, item.getString("date"));
        assertFalse(item.getString("addedBy").isBlank());
        String location = added.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(PROBLEMS + "/" + reference + "/evidence/" + id), location);
        assertEquals(
                200,
                Http.get(
                                PROBLEMS + "/" + reference + "/evidence/" + id,
                                "Authorization",
                                bearer(DemoUsers.ORGANISER_HMS))
                        .statusCode());

        JsonObject problem = read(reference);
        assertEquals(List.of(id), ids(problem.getJsonArray("evidence")));
        assertEquals(version, problem.getJsonNumber("version").longValue(), "evidence does not move the version");

        String patch = "{\"title\":\"Organiser title\",\"version\":" + version + "}";
        assertEquals(
                403,
                send("PATCH", PROBLEMS + "/" + reference, patch, DemoUsers.ORGANISER_HMS)
                        .statusCode());
        assertEquals(
                403,
                statusRequestAs(
                                reference,
                                "{\"status\":\"exploring\",\"version\":" + version + "}",
                                DemoUsers.ORGANISER_HMS)
                        .statusCode());
        assertEquals(
                403,
                send("POST", PROBLEMS, "{\"title\":\"t\",\"summary\":\"s\"}", DemoUsers.ORGANISER_HMS)
                        .statusCode());

        HttpResponse<String> byAdvisor =
                send("POST", PROBLEMS + "/" + reference + "/evidence", evidence, DemoUsers.ADVISOR_HMS);
        long advisorsId = Http.<JsonObject>json(byAdvisor).getJsonNumber("id").longValue();
        assertEquals(
                403,
                send("DELETE", PROBLEMS + "/" + reference + "/evidence/" + advisorsId, null, DemoUsers.ORGANISER_HMS)
                        .statusCode(),
                "an organiser takes back only their own evidence");
        assertEquals(
                204,
                send("DELETE", PROBLEMS + "/" + reference + "/evidence/" + id, null, DemoUsers.ORGANISER_HMS)
                        .statusCode());
        assertEquals(
                404,
                send("DELETE", PROBLEMS + "/" + reference + "/evidence/" + id, null, DemoUsers.ORGANISER_HMS)
                        .statusCode());
        assertEquals(
                404,
                Http.get(PROBLEMS + "/" + reference + "/evidence/" + id, "Authorization", bearer(DemoUsers.ADVISOR_HMS))
                        .statusCode());
        assertEquals(
                204,
                send("DELETE", PROBLEMS + "/" + reference + "/evidence/" + advisorsId, null, DemoUsers.ADVISOR_HMS)
                        .statusCode());
        assertEquals(0, read(reference).getJsonArray("evidence").size());
    }

    @Test
    void badEvidenceAnswers400NamingTheField() throws Exception {
        String reference = raise(uniqueWord(), "Bad evidence", "");
        String yesterday = LocalDate.now().minusDays(1).toString();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"summary\":\"s\",\"date\":\"" + yesterday + "\"}", "kind");
        cases.put("{\"kind\":\"rumour\",\"summary\":\"s\",\"date\":\"" + yesterday + "\"}", "kind");
        cases.put("{\"kind\":\"survey\",\"date\":\"" + yesterday + "\"}", "summary");
        cases.put(
                "{\"kind\":\"survey\",\"summary\":\"" + "s".repeat(1001) + "\",\"date\":\"" + yesterday + "\"}",
                "summary");
        cases.put("{\"kind\":\"survey\",\"summary\":\"s\"}", "date");
        cases.put(
                "{\"kind\":\"survey\",\"summary\":\"s\",\"date\":\""
                        + LocalDate.now().plusDays(3) + "\"}",
                "date");
        cases.put("{\"kind\":\"survey\",\"summary\":\"s\",\"date\":\"31/05/2024\"}", "date");
        cases.put("{\"kind\":\"survey\",\"summary\":\"s\",\"date\":\"2024-02-30\"}", "date");
        cases.put(
                "{\"kind\":\"survey\",\"summary\":\"s\",\"date\":\"" + yesterday + "\",\"numberOfPeople\":-1}",
                "numberOfPeople");
        cases.put(
                "{\"kind\":\"survey\",\"summary\":\"s\",\"date\":\"" + yesterday + "\",\"numberOfPeople\":\"12\"}",
                "numberOfPeople");
        cases.put(
                "{\"kind\":\"survey\",\"summary\":\"s\",\"date\":\"" + yesterday + "\",\"numberOfPeople\":1.5}",
                "numberOfPeople");
        cases.put(
                "{\"kind\":\"survey\",\"summary\":\"s\",\"date\":\"" + yesterday + "\",\"numberOfPeople\":1e30}",
                "numberOfPeople");
        cases.put(
                "{\"kind\":\"survey\",\"summary\":\"s\",\"date\":\"" + yesterday + "\",\"sessionId\":0}", "sessionId");
        cases.put(
                "{\"kind\":\"survey\",\"summary\":\"s\",\"date\":\"" + yesterday + "\",\"sessionId\":999999999}",
                "sessionId");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertFieldError(
                    send("POST", PROBLEMS + "/" + reference + "/evidence", c.getKey(), DemoUsers.ORGANISER_HMS),
                    c.getValue(),
                    c.getKey());
        }
    }

    @Test
    void twoEditsFromTheSameVersionNeverOverwriteEachOther() throws Exception {
        String word = uniqueWord();
        String reference = raise(word, "Conflict", "");
        long version = versionOf(reference);
        HttpResponse<String> first = send(
                "PATCH",
                PROBLEMS + "/" + reference,
                "{\"title\":\"The first editor's title\",\"version\":" + version + "}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = send(
                "PATCH",
                PROBLEMS + "/" + reference,
                "{\"title\":\"The second editor's title\",\"summary\":\"Second\",\"version\":" + version + "}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(409, second.statusCode(), second.body());
        assertTrue(second.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject conflict = Http.json(second);
        JsonObject saved = read(reference);
        assertEquals(
                saved.getJsonNumber("version").longValue(),
                conflict.getJsonNumber("currentVersion").longValue());
        assertEquals(version, conflict.getJsonNumber("yourVersion").longValue());
        assertEquals(saved.getString("updatedBy"), conflict.getString("changedBy"));
        assertEquals(saved.getString("updatedAt"), conflict.getString("changedAt"));
        assertTrue(conflict.getString("detail").contains(saved.getString("updatedBy")), conflict.toString());
        assertEquals(
                "The first editor's title", conflict.getJsonObject("current").getString("title"));
        assertEquals("The first editor's title", saved.getString("title"));
        assertFalse(saved.getString("summary").equals("Second"), "nothing of the second edit was saved");
        // What changed since the second editor's version: exactly the title, before and after.
        JsonArray changes = conflict.getJsonArray("changes");
        assertEquals(1, changes.size(), conflict.toString());
        JsonObject titleChange = changes.getJsonObject(0);
        assertEquals("title", titleChange.getString("field"));
        assertEquals("Conflict " + word, titleChange.getString("before"));
        assertEquals("The first editor's title", titleChange.getString("after"));
        assertEquals(saved.getString("updatedBy"), titleChange.getString("changedBy"));

        // Changes of several fields, lists among them, each named once with its values in API form.
        long beforeSecondRound = saved.getJsonNumber("version").longValue();
        HttpResponse<String> moved = send(
                "PATCH",
                PROBLEMS + "/" + reference,
                "{\"priority\":\"urgent\",\"themes\":[\"food\"],\"groupsAffected\":[\"Carers\"],\"version\":"
                        + beforeSecondRound + "}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(200, moved.statusCode(), moved.body());
        HttpResponse<String> stale = send(
                "PATCH",
                PROBLEMS + "/" + reference,
                "{\"place\":\"Moss Side\",\"version\":" + beforeSecondRound + "}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(409, stale.statusCode(), stale.body());
        JsonArray since = Http.<JsonObject>json(stale).getJsonArray("changes");
        assertEquals(
                List.of("themes", "groupsAffected", "priority"),
                since.getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("field"))
                        .toList(),
                since.toString());
        assertEquals("food", since.getJsonObject(0).getJsonArray("afterItems").getString(0));
        assertEquals(0, since.getJsonObject(0).getJsonArray("beforeItems").size());
        assertEquals("medium", since.getJsonObject(2).getString("before"));
        assertEquals("urgent", since.getJsonObject(2).getString("after"));

        // The change log keeps every change, oldest first, for the partnership's members only.
        HttpResponse<String> log =
                Http.get(PROBLEMS + "/" + reference + "/changes", "Authorization", bearer(DemoUsers.ORGANISER_HMS));
        assertEquals(200, log.statusCode(), log.body());
        assertEquals(
                List.of("title", "themes", "groupsAffected", "priority"),
                Http.<JsonArray>json(log).getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("field"))
                        .toList());

        // The same race, truly at once: one wins, the other is told, nothing is lost.
        long now = versionOf(reference);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> edits = List.of(
                    () -> send(
                            "PATCH",
                            PROBLEMS + "/" + reference,
                            "{\"summary\":\"Racer one\",\"version\":" + now + "}",
                            DemoUsers.ADVISOR_HMS),
                    () -> send(
                            "PATCH",
                            PROBLEMS + "/" + reference,
                            "{\"summary\":\"Racer two\",\"version\":" + now + "}",
                            DemoUsers.ADVISOR_HMS));
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> result : pool.invokeAll(edits)) {
                statuses.add(result.get().statusCode());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(read(reference).getString("summary").startsWith("Racer "));
    }

    @Test
    void editsNameTheirVersionInTheBodyOrAsIfMatch() throws Exception {
        String reference =
                raise(uniqueWord(), "If-Match", "\"description\":\"Old\",\"place\":\"Hulme\",\"themes\":[\"food\"]");
        HttpResponse<String> read =
                Http.get(PROBLEMS + "/" + reference, "Authorization", bearer(DemoUsers.ADVISOR_HMS));
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> patched = send(
                "PATCH",
                PROBLEMS + "/" + reference,
                "{\"place\":null,\"themes\":[]}",
                DemoUsers.ADVISOR_HMS,
                "If-Match",
                etag);
        assertEquals(200, patched.statusCode(), patched.body());
        JsonObject afterPatch = Http.json(patched);
        assertFalse(afterPatch.containsKey("place"), "null clears an optional field");
        assertEquals(0, afterPatch.getJsonArray("themes").size());
        assertEquals("Old", afterPatch.getString("description"), "a field not sent stays");
        String newTag = patched.headers().firstValue("ETag").orElseThrow();
        assertFalse(newTag.equals(etag));

        assertEquals(
                409,
                send(
                                "PATCH",
                                PROBLEMS + "/" + reference,
                                "{\"title\":\"Stale\"}",
                                DemoUsers.ADVISOR_HMS,
                                "If-Match",
                                etag)
                        .statusCode());
        HttpResponse<String> missing =
                send("PATCH", PROBLEMS + "/" + reference, "{\"title\":\"No version\"}", DemoUsers.ADVISOR_HMS);
        assertEquals(428, missing.statusCode(), missing.body());
        assertTrue(missing.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(
                428,
                send(
                                "PUT",
                                PROBLEMS + "/" + reference,
                                "{\"title\":\"t\",\"summary\":\"s\",\"priority\":\"low\",\"visibility\":\"partnership\"}",
                                DemoUsers.ADVISOR_HMS)
                        .statusCode());
        assertFieldError(
                send("PATCH", PROBLEMS + "/" + reference, "{\"title\":\"x\"}", DemoUsers.ADVISOR_HMS, "If-Match", "*"),
                "If-Match",
                "If-Match *");
        assertFieldError(
                send(
                        "PATCH",
                        PROBLEMS + "/" + reference,
                        "{\"title\":\"x\",\"version\":1}",
                        DemoUsers.ADVISOR_HMS,
                        "If-Match",
                        "\"999\""),
                "version",
                "two versions");

        HttpResponse<String> replaced = send(
                "PUT",
                PROBLEMS + "/" + reference,
                "{\"title\":\"Replaced\",\"summary\":\"All of it\",\"priority\":\"urgent\",\"visibility\":\"partnership\"}",
                DemoUsers.ADVISOR_HMS,
                "If-Match",
                newTag);
        assertEquals(200, replaced.statusCode(), replaced.body());
        JsonObject afterPut = Http.json(replaced);
        assertEquals("Replaced", afterPut.getString("title"));
        assertEquals("urgent", afterPut.getString("priority"));
        assertFalse(afterPut.containsKey("description"), "PUT clears what it leaves out");
        assertEquals(etagOf(afterPut), replaced.headers().firstValue("ETag").orElseThrow());
        assertFieldError(
                send(
                        "PUT",
                        PROBLEMS + "/" + reference,
                        "{\"title\":\"t\",\"summary\":\"s\",\"version\":" + afterPut.getJsonNumber("version") + "}",
                        DemoUsers.ADVISOR_HMS),
                "priority",
                "PUT needs every required field");
    }

    @Test
    void scriptInTitleOrDescriptionNeverBecomesLiveHtml() throws Exception {
        String title = "<script>alert('title')</script><img src=x onerror=alert(1)>";
        List<String> payloads = List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](  javascript:alert(1))",
                "<svg onload=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "\"><script>alert(1)</script>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](https://evil.example/pixel.png \"onerror=alert(1)\")",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
                "<details open ontoggle=alert(1)>");
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "XSS " + uniqueWord())
                .add("description", String.join("\n\n", payloads) + "\n\n[a safe link](https://example.org)");
        HttpResponse<String> created = send("POST", PROBLEMS, body.build().toString(), DemoUsers.ADVISOR_HMS);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject problem = read(Http.<JsonObject>json(created).getString("reference"));
        assertEquals(title, problem.getString("title"), "the title is data, kept as written; clients escape it");
        String html = problem.getString("descriptionHtml");
        Matcher tags = TAG.matcher(html);
        int count = 0;
        while (tags.find()) {
            count++;
            assertFalse(DANGEROUS_IN_TAG.matcher(tags.group()).find(), "live markup " + tags.group() + " in " + html);
        }
        assertTrue(count > 0, html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertTrue(html.contains("href=\"https://example.org\""), "safe links survive: " + html);
    }

    @Test
    void badBodiesAnswer400WithTheFieldNeverA500() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"summary\":\"no title\"}", "title");
        cases.put("{\"title\":null,\"summary\":\"s\"}", "title");
        cases.put("{\"title\":\"   \",\"summary\":\"s\"}", "title");
        cases.put("{\"title\":42,\"summary\":\"s\"}", "title");
        cases.put("{\"title\":\"t\"}", "summary");
        cases.put("{\"title\":\"" + "t".repeat(201) + "\",\"summary\":\"s\"}", "title");
        cases.put("{\"title\":\"t\",\"summary\":\"" + "s".repeat(1001) + "\"}", "summary");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"description\":\"" + "d".repeat(20_001) + "\"}", "description");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"description\":[\"d\"]}", "description");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"themes\":\"food\"}", "themes");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"themes\":[1]}", "themes");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"themes\":[null]}", "themes");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"themes\":[\"no-such-theme\"]}", "themes");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"themes\":{\"id\":\"food\"}}", "themes");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"groupsAffected\":\"carers\"}", "groupsAffected");
        cases.put(
                "{\"title\":\"t\",\"summary\":\"s\",\"groupsAffected\":[\"" + "g".repeat(81) + "\"]}",
                "groupsAffected");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"groupsAffected\":" + thirteenGroups() + "}", "groupsAffected");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"place\":\"" + "p".repeat(201) + "\"}", "place");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"wardCode\":\"E0501136\"}", "wardCode");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"wardCode\":\"X05011368\"}", "wardCode");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"wardCode\":12345}", "wardCode");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"priority\":\"critical\"}", "priority");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"priority\":3}", "priority");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"visibility\":\"everyone\"}", "visibility");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"visibility\":\"PUBLIC\"}", "visibility");
        cases.put("{\"title\":\"t\\u0000nul\",\"summary\":\"s\"}", "title");
        cases.put("[]", "body");
        cases.put("\"just a string\"", "body");
        cases.put("42", "body");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertFieldError(
                    send("POST", PROBLEMS, c.getKey(), DemoUsers.ADVISOR_HMS), c.getValue(), shorten(c.getKey()));
        }
        HttpResponse<String> several =
                send("POST", PROBLEMS, "{\"title\":1,\"summary\":[],\"priority\":\"x\"}", DemoUsers.ADVISOR_HMS);
        assertEquals(
                List.of("priority", "summary", "title"),
                fields(several).stream().sorted().toList(),
                "every field at once");

        for (String malformed : List.of(
                "{", "not json", "{\"title\":\"t\",}", "{\"title\":\"t\" \"summary\":\"s\"}", "{}}", "\uFEFF{")) {
            HttpResponse<String> response = send("POST", PROBLEMS, malformed, DemoUsers.ADVISOR_HMS);
            assertEquals(400, response.statusCode(), malformed + " -> " + response.body());
            assertClean(response);
        }
        HttpResponse<String> empty = send("POST", PROBLEMS, "", DemoUsers.ADVISOR_HMS);
        assertEquals(400, empty.statusCode(), empty.body());
        HttpResponse<String> huge = send(
                "POST",
                PROBLEMS,
                "{\"title\":\"t\",\"summary\":\"s\",\"description\":\"" + "d".repeat(300_000) + "\"}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(413, huge.statusCode(), shorten(huge.body()));
        assertClean(huge);
        HttpResponse<String> plain = Http.send(
                "POST",
                PROBLEMS,
                "{\"title\":\"t\",\"summary\":\"s\"}",
                "Authorization",
                bearer(DemoUsers.ADVISOR_HMS),
                "Content-Type",
                "text/plain");
        assertTrue(plain.statusCode() == 415 || plain.statusCode() == 400, plain.statusCode() + " " + plain.body());

        String reference = raise(uniqueWord(), "Bad edits", "");
        long version = versionOf(reference);
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("{\"title\":\"\",\"version\":" + version + "}", "title");
        edits.put("{\"title\":null,\"version\":" + version + "}", "title");
        edits.put("{\"summary\":false,\"version\":" + version + "}", "summary");
        edits.put("{\"priority\":null,\"version\":" + version + "}", "priority");
        edits.put("{\"visibility\":\"secret\",\"version\":" + version + "}", "visibility");
        edits.put("{\"themes\":\"food\",\"version\":" + version + "}", "themes");
        edits.put("{\"wardCode\":\"nowhere\",\"version\":" + version + "}", "wardCode");
        edits.put("{\"title\":\"t\",\"version\":-1}", "version");
        edits.put("{\"title\":\"t\",\"version\":\"" + version + "\"}", "version");
        edits.put("{\"title\":\"t\",\"version\":1.5}", "version");
        edits.put("{\"title\":\"t\",\"version\":99999999999999999999999}", "version");
        for (Map.Entry<String, String> c : edits.entrySet()) {
            assertFieldError(
                    send("PATCH", PROBLEMS + "/" + reference, c.getKey(), DemoUsers.ADVISOR_HMS),
                    c.getValue(),
                    c.getKey());
        }
        assertEquals(version, versionOf(reference), "no refused edit changed anything");
    }

    @Test
    void anotherPartnershipsPathDoesNotReachTheseProblems() throws Exception {
        String reference = raise(uniqueWord(), "Path", "\"visibility\":\"public\"");
        String torbay = "/api/v1/partnerships/torbay/problems/";
        HttpResponse<String> viaTorbay =
                Http.get(torbay + reference, "Authorization", bearer(DemoUsers.ADVISOR_TORBAY));
        HttpResponse<String> missing = Http.get(torbay + "TOR-9999", "Authorization", bearer(DemoUsers.ADVISOR_TORBAY));
        assertEquals(404, viaTorbay.statusCode());
        assertEquals(missing.body(), viaTorbay.body());
        assertEquals(
                404,
                send("PATCH", torbay + reference, "{\"title\":\"x\",\"version\":1}", DemoUsers.ADVISOR_TORBAY)
                        .statusCode());
        assertEquals(
                404,
                Http.get(PROBLEMS + "/" + reference.toLowerCase(Locale.ROOT)).statusCode());
        assertEquals(
                404,
                Http.get(PROBLEMS + "/" + reference.replace("-", "-0")).statusCode(),
                "one spelling per reference");
    }

    @Test
    void theOpenApiDocumentDescribesEveryProblemEndpoint() throws Exception {
        String openApi = Http.get("/openapi").body();
        for (String path : List.of(
                "/api/v1/partnerships/{slug}/problems/{reference}:",
                "/api/v1/partnerships/{slug}/problems/{reference}/status",
                "/api/v1/partnerships/{slug}/problems/{reference}/evidence:",
                "/api/v1/partnerships/{slug}/problems/{reference}/evidence/{id}",
                "/api/v1/partnerships/{slug}/search")) {
            assertTrue(openApi.contains(path), path);
        }
        for (String text : List.of(
                "patch:",
                "put:",
                "delete:",
                "\"428\":",
                "\"409\":",
                "\n    ProblemJson:",
                "\n    ProblemConflictJson:",
                "\n    NewEvidenceJson:",
                "\n    ProblemDetails:",
                "descriptionHtml:")) {
            assertTrue(openApi.contains(text), text);
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A word no other test uses, long enough for the full-text index, letters only so it is one word. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private static String raise(String word, String title, String moreFields) throws Exception {
        String body = "{\"title\":\"" + title + " " + word + "\",\"summary\":\"About " + word + "\""
                + (moreFields.isEmpty() ? "" : "," + moreFields) + "}";
        HttpResponse<String> created = send("POST", PROBLEMS, body, DemoUsers.ADVISOR_HMS);
        assertEquals(201, created.statusCode(), created.body());
        return Http.<JsonObject>json(created).getString("reference");
    }

    private static JsonObject read(String reference) throws Exception {
        HttpResponse<String> response =
                Http.get(PROBLEMS + "/" + reference, "Authorization", bearer(DemoUsers.ADVISOR_HMS));
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static long versionOf(String reference) throws Exception {
        return read(reference).getJsonNumber("version").longValue();
    }

    private static JsonObject changeStatus(String reference, String status, String why) throws Exception {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("status", status).add("version", versionOf(reference));
        if (why != null) {
            body.add("why", why);
        }
        HttpResponse<String> response = statusRequest(reference, body.build().toString());
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static HttpResponse<String> statusRequest(String reference, String body) throws Exception {
        return statusRequestAs(reference, body, DemoUsers.ADVISOR_HMS);
    }

    private static HttpResponse<String> statusRequestAs(String reference, String body, String user) throws Exception {
        return send("POST", PROBLEMS + "/" + reference + "/status", body, user);
    }

    private static JsonObject list(String query, String user) throws Exception {
        HttpResponse<String> response = user == null
                ? Http.get(PROBLEMS + "?" + query)
                : Http.get(PROBLEMS + "?" + query, "Authorization", bearer(user));
        assertEquals(200, response.statusCode(), query + " -> " + response.body());
        return Http.json(response);
    }

    private static HttpResponse<String> send(String method, String path, String body, String user, String... headers)
            throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = bearer(user);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return Http.send(method, path, body, all);
    }

    private static String bearer(String user) {
        return "Bearer " + Tokens.accessToken(user);
    }

    private static String etagOf(JsonObject problem) {
        return "\"" + problem.getJsonNumber("version").longValue() + "\"";
    }

    /** Asserts a 400 problem details naming the field, and returns it. */
    private static JsonObject assertFieldError(HttpResponse<String> response, String field, String what) {
        assertEquals(400, response.statusCode(), what + " -> " + shorten(response.body()));
        assertClean(response);
        JsonObject problem = Http.json(response);
        assertTrue(fields(response).contains(field), what + " -> " + shorten(response.body()));
        return problem;
    }

    private static void assertClean(HttpResponse<String> response) {
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertFalse(response.body().contains("Exception"), shorten(response.body()));
        assertFalse(response.body().contains("at org."), shorten(response.body()));
    }

    private static List<String> fields(HttpResponse<String> response) {
        JsonObject problem = Http.json(response);
        if (!problem.containsKey("errors")) {
            return List.of();
        }
        return strings(problem.getJsonArray("errors"), "field");
    }

    private static String fieldMessage(JsonObject problem, String field) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals(field))
                .map(e -> e.getString("message"))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> references(JsonObject page) {
        return strings(page.getJsonArray("items"), "reference");
    }

    private static List<String> strings(JsonArray array, String key) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString(key))
                .toList();
    }

    private static List<Long> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue())
                .toList();
    }

    private static List<String> values(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
    }

    private static String thirteenGroups() {
        StringBuilder groups = new StringBuilder("[");
        for (int i = 1; i <= 13; i++) {
            groups.append(i > 1 ? "," : "").append("\"group ").append(i).append('"');
        }
        return groups.append(']').toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** A co-design session written straight into the database, optionally linked to a problem. */
    private static long session(TestPartnership partnership, String title, String visibility, String problemReference)
            throws Exception {
        try (Connection connection = TestHub.openConnection()) {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO co_design_session (partnership_id, title, session_date, format, visibility, created_at,"
                            + " created_by_subject, created_by_name, updated_at, updated_by_subject, updated_by_name)"
                            + " VALUES (?, ?, CURRENT_DATE, 'WORKSHOP', ?, UTC_TIMESTAMP(6), 'test', 'Test',"
                            + " UTC_TIMESTAMP(6), 'test', 'Test')",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, partnership.id());
                insert.setString(2, title);
                insert.setString(3, visibility);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (problemReference != null) {
                try (PreparedStatement link = connection.prepareStatement(
                        "INSERT INTO session_problem (partnership_id, session_id, problem_id) SELECT ?, ?, id"
                                + " FROM problem WHERE partnership_id = ? AND reference = ?")) {
                    link.setLong(1, partnership.id());
                    link.setLong(2, id);
                    link.setLong(3, partnership.id());
                    link.setString(4, problemReference);
                    assertEquals(1, link.executeUpdate());
                }
            }
            return id;
        }
    }
}
