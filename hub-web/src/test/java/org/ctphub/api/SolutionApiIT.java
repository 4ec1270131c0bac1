package org.ctphub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ctphub.testing.ApiSolutions;
import org.ctphub.testing.DemoUsers;
import org.ctphub.testing.Fixtures;
import org.ctphub.testing.Http;
import org.ctphub.testing.TestHub;
import org.ctphub.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The solutions API, black box, with real tokens: hulme-moss-side (HMS), torbay and merthyr-tydfil
 * write, publish, fork and follow each other's solutions through their tech advisors. Every test
 * makes solutions of its own with unique slugs, so the demo network's solutions and other tests'
 * never matter.
 */
class SolutionApiIT {

    private static final String HMS = "hulme-moss-side";
    private static final String TORBAY = "torbay";
    private static final String MERTHYR = "merthyr-tydfil";

    @Test
    void aDraftIsEditedWithItsVersionAndPublishedOnlyWithAnOpenLicenceAndACompleteCard() throws Exception {
        String slug = ApiSolutions.uniqueSlug("calendar");
        HttpResponse<String> created = send(
                "POST",
                ApiSolutions.solutions(HMS),
                "{\"slug\":\"" + slug + "\",\"name\":\"Events calendar\",\"description\":\"For *everyone*\"}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(
                created.headers().firstValue("Location").orElseThrow().endsWith(ApiSolutions.solution(HMS, slug)),
                created.headers().toString());
        assertTrue(created.body().startsWith("{\"slug\":"), "fields in reading order: " + created.body());
        JsonObject draft = Http.json(created);
        assertEquals(
                "\"" + ApiSolutions.version(draft) + "\"",
                created.headers().firstValue("ETag").orElseThrow());
        assertEquals("draft", draft.getString("status"));
        assertEquals(0, draft.getInt("revision"));
        assertTrue(draft.getString("descriptionHtml").contains("<em>everyone</em>"), draft.toString());
        assertTrue(strings(draft, "missingForPublication").containsAll(List.of("tagline", "licence", "hosting")));
        assertFalse(draft.containsKey("fork"), "not a fork");

        // Publishing an incomplete card names the first field missing, and the message names them all.
        HttpResponse<String> incomplete = publish(HMS, slug, ApiSolutions.version(draft));
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        JsonObject error = firstError(incomplete);
        assertEquals("tagline", error.getString("field"), incomplete.body());
        assertTrue(error.getString("message").contains("adoptionGuide"), error.getString("message"));

        // A complete card but a licence that is not open.
        JsonObject closed = ApiSolutions.patch(
                HMS,
                DemoUsers.ADVISOR_HMS,
                slug,
                ApiSolutions.version(draft),
                ApiSolutions.completeCard("Events calendar").replace("AGPL-3.0-or-later", "LicenseRef-Proprietary"));
        assertEquals(List.of("licence"), strings(closed, "missingForPublication"));
        HttpResponse<String> notOpen = publish(HMS, slug, ApiSolutions.version(closed));
        assertEquals(400, notOpen.statusCode(), notOpen.body());
        assertEquals("licence", firstError(notOpen).getString("field"));

        // PATCH changes only what it is sent, and needs the version it started from.
        HttpResponse<String> noVersion =
                send("PATCH", ApiSolutions.solution(HMS, slug), "{\"licence\":\"MIT\"}", DemoUsers.ADVISOR_HMS);
        assertEquals(428, noVersion.statusCode(), noVersion.body());
        HttpResponse<String> open = send(
                "PATCH",
                ApiSolutions.solution(HMS, slug),
                "{\"licence\":\"MIT\"}",
                DemoUsers.ADVISOR_HMS,
                "If-Match",
                "\"" + ApiSolutions.version(closed) + "\"");
        assertEquals(200, open.statusCode(), open.body());
        JsonObject complete = Http.json(open);
        assertEquals("MIT", complete.getString("licence"));
        assertEquals(closed.getString("tagline"), complete.getString("tagline"), "not sent, kept");
        assertEquals(List.of(), strings(complete, "missingForPublication"));
        assertTrue(ApiSolutions.version(complete) > ApiSolutions.version(closed));

        // An edit from the old version is refused, and says who changed it and what it says now.
        HttpResponse<String> stale = send(
                "PUT",
                ApiSolutions.solution(HMS, slug),
                "{\"name\":\"Overwritten\",\"version\":" + ApiSolutions.version(closed) + "}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(
                stale.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"),
                stale.headers().toString());
        JsonObject conflict = Http.json(stale);
        assertEquals(409, conflict.getInt("status"));
        assertEquals(slug, conflict.getString("solution"));
        assertEquals(
                ApiSolutions.version(closed),
                conflict.getJsonNumber("yourVersion").longValue());
        assertEquals(
                ApiSolutions.version(complete),
                conflict.getJsonNumber("currentVersion").longValue());
        assertEquals(
                "\"" + ApiSolutions.version(complete) + "\"",
                stale.headers().firstValue("ETag").orElseThrow());
        assertFalse(conflict.getString("changedBy").isBlank());
        assertEquals("MIT", conflict.getJsonObject("current").getString("licence"));
        assertEquals("Events calendar", read(HMS, slug).getString("name"), "nothing was saved");

        HttpResponse<String> disagreeing = send(
                "PATCH",
                ApiSolutions.solution(HMS, slug),
                "{\"tagline\":\"x\",\"version\":" + ApiSolutions.version(complete) + "}",
                DemoUsers.ADVISOR_HMS,
                "If-Match",
                "\"" + (ApiSolutions.version(complete) + 1) + "\"");
        assertEquals(400, disagreeing.statusCode(), disagreeing.body());
        assertEquals("version", firstError(disagreeing).getString("field"));

        // Published: revision 1. Nothing changed since: nothing to publish.
        HttpResponse<String> published = publish(HMS, slug, ApiSolutions.version(complete));
        assertEquals(200, published.statusCode(), published.body());
        JsonObject first = Http.json(published);
        assertEquals("published", first.getString("status"));
        assertEquals(1, first.getInt("revision"));
        HttpResponse<String> unchanged = publish(HMS, slug, ApiSolutions.version(first));
        assertEquals(400, unchanged.statusCode(), unchanged.body());
        assertEquals("status", firstError(unchanged).getString("field"));

        // A slug is taken once.
        HttpResponse<String> twice = send(
                "POST",
                ApiSolutions.solutions(HMS),
                "{\"slug\":\"" + slug + "\",\"name\":\"Again\"}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(409, twice.statusCode(), twice.body());
    }

    @Test
    void publishedRevisionsStayAsTheyWerePublished() throws Exception {
        String slug = ApiSolutions.uniqueSlug("meals");
        JsonObject first = ApiSolutions.published(HMS, DemoUsers.ADVISOR_HMS, slug);
        String firstTagline = first.getString("tagline");
        JsonObject edited = ApiSolutions.patch(
                HMS, DemoUsers.ADVISOR_HMS, slug, ApiSolutions.version(first), "\"tagline\":\"Meals and volunteers\"");
        assertEquals("published", edited.getString("status"), "the working copy changes, not the library");
        assertEquals(1, edited.getInt("revision"));
        JsonObject second = ApiSolutions.publish(HMS, DemoUsers.ADVISOR_HMS, slug, ApiSolutions.version(edited));
        assertEquals(2, second.getInt("revision"));

        String revisions = ApiSolutions.solution(HMS, slug) + "/revisions";
        HttpResponse<String> list = Http.get(revisions, "Authorization", Tokens.bearer(DemoUsers.ORGANISER_HMS));
        assertEquals(200, list.statusCode(), list.body());
        JsonArray listed = Http.json(list);
        assertEquals(
                List.of(2, 1),
                listed.getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getInt("revision"))
                        .toList(),
                "newest first");
        String one = Http.get(revisions + "/1", "Authorization", Tokens.bearer(DemoUsers.ADVISOR_HMS))
                .body();
        JsonObject revisionOne =
                Http.json(Http.get(revisions + "/1", "Authorization", Tokens.bearer(DemoUsers.CENTRAL)));
        assertEquals(firstTagline, revisionOne.getString("tagline"));
        assertEquals(1, revisionOne.getInt("revision"));
        assertEquals(
                "Meals and volunteers",
                Http.<JsonObject>json(Http.get(revisions + "/2", "Authorization", Tokens.bearer(DemoUsers.ADVISOR_HMS)))
                        .getString("tagline"));

        // Nothing in the API changes or removes a revision.
        for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
            // The server itself refuses a DELETE with a body (400) before the hub sees it.
            String body = method.equals("DELETE") ? null : "{\"tagline\":\"Rewritten history\"}";
            HttpResponse<String> refused = send(method, revisions + "/1", body, DemoUsers.ADVISOR_HMS);
            assertEquals(405, refused.statusCode(), method + ": " + refused.body());
        }
        assertEquals(405, send("DELETE", revisions, null, DemoUsers.ADVISOR_HMS).statusCode());
        assertEquals(
                one,
                Http.get(revisions + "/1", "Authorization", Tokens.bearer(DemoUsers.ADVISOR_HMS))
                        .body());

        for (String missing : List.of("3", "0", "-1", "one", "99999999999")) {
            HttpResponse<String> none =
                    Http.get(revisions + "/" + missing, "Authorization", Tokens.bearer(DemoUsers.ADVISOR_HMS));
            assertEquals(404, none.statusCode(), missing + ": " + none.body());
        }

        // Retired with If-Match and an empty body: out of the recommendations, its revisions stay.
        HttpResponse<String> retired = send(
                "POST",
                ApiSolutions.solution(HMS, slug) + "/retire",
                null,
                DemoUsers.ADVISOR_HMS,
                "If-Match",
                "\"" + ApiSolutions.version(second) + "\"");
        assertEquals(200, retired.statusCode(), retired.body());
        assertEquals("retired", Http.<JsonObject>json(retired).getString("status"));
        HttpResponse<String> again = send(
                "POST",
                ApiSolutions.solution(HMS, slug) + "/retire",
                "{\"version\":" + Http.<JsonObject>json(retired).getJsonNumber("version") + "}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(400, again.statusCode(), again.body());
        assertEquals("status", firstError(again).getString("field"));
        assertEquals(
                one,
                Http.get(revisions + "/1", "Authorization", Tokens.bearer(DemoUsers.ADVISOR_HMS))
                        .body());

        // Filtered by status, the list shows it among the retired.
        assertTrue(slugsListed(HMS, "?status=retired").contains(slug));
        assertFalse(slugsListed(HMS, "?status=draft,published").contains(slug));
    }

    @Test
    void organisersAndTheCentralTeamReadDraftsButDoNotWrite() throws Exception {
        String slug = ApiSolutions.uniqueSlug("readers");
        JsonObject draft = ApiSolutions.draft(HMS, DemoUsers.ADVISOR_HMS, slug);
        for (String reader : List.of(DemoUsers.ORGANISER_HMS, DemoUsers.CENTRAL)) {
            assertEquals(
                    200,
                    Http.get(ApiSolutions.solution(HMS, slug), "Authorization", Tokens.bearer(reader))
                            .statusCode());
            HttpResponse<String> patch = send(
                    "PATCH",
                    ApiSolutions.solution(HMS, slug),
                    "{\"tagline\":\"Not mine to change\",\"version\":" + ApiSolutions.version(draft) + "}",
                    reader);
            assertEquals(403, patch.statusCode(), reader + ": " + patch.body());
            HttpResponse<String> publish = publish(HMS, slug, ApiSolutions.version(draft), reader);
            assertEquals(403, publish.statusCode(), reader + ": " + publish.body());
        }
        assertEquals(ApiSolutions.version(draft), ApiSolutions.version(read(HMS, slug)));
    }

    @Test
    void everyBadValueIsA400NamingItsField() throws Exception {
        String slug = ApiSolutions.uniqueSlug("bad");
        JsonObject draft = ApiSolutions.draft(HMS, DemoUsers.ADVISOR_HMS, slug);
        Map<String, String> patches = new LinkedHashMap<>();
        patches.put("\"name\":\"" + "n".repeat(121) + "\"", "name");
        patches.put("\"name\":null", "name");
        patches.put("\"tagline\":42", "tagline");
        patches.put("\"kind\":\"app\"", "kind");
        patches.put("\"themes\":[\"no-such-theme\"]", "themes");
        patches.put("\"themes\":\"loneliness\"", "themes");
        patches.put("\"licence\":\"MIT; DROP TABLE solution\"", "licence");
        patches.put("\"sourceUrl\":\"javascript:alert(1)\"", "sourceUrl");
        patches.put("\"websiteUrl\":\"ftp://example.org\"", "websiteUrl");
        patches.put("\"maturity\":\"MATURE\"", "maturity");
        patches.put("\"monthlyCostPounds\":-5", "monthlyCostPounds");
        patches.put("\"monthlyCostPounds\":2000000", "monthlyCostPounds");
        patches.put("\"monthlyCostPounds\":1.5", "monthlyCostPounds");
        patches.put("\"monthlyCostPounds\":1e400", "monthlyCostPounds");
        patches.put("\"personalData\":\"lots\"", "personalData");
        patches.put("\"accessibility\":true", "accessibility");
        patches.put("\"languages\":[\"english\"]", "languages");
        patches.put("\"connectivity\":\"5g\"", "connectivity");
        patches.put("\"hosting\":\"" + "h".repeat(501) + "\"", "hosting");
        patches.put("\"description\":\"\\ud800\"", "description");
        patches.put("\"version\":\"one\"", "version");
        for (Map.Entry<String, String> patch : patches.entrySet()) {
            String body = patch.getKey().contains("\"version\"")
                    ? "{" + patch.getKey() + "}"
                    : "{" + patch.getKey() + ",\"version\":" + ApiSolutions.version(draft) + "}";
            HttpResponse<String> refused = send("PATCH", ApiSolutions.solution(HMS, slug), body, DemoUsers.ADVISOR_HMS);
            assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
            assertTrue(
                    errorFields(refused).contains(patch.getValue()),
                    body + " names " + patch.getValue() + ": " + refused.body());
            assertFalse(refused.body().contains("Exception"), refused.body());
        }
        for (String malformed : List.of("{", "not json", "[]", "", "{\"name\": \"a\"} {}")) {
            HttpResponse<String> refused = send("POST", ApiSolutions.solutions(HMS), malformed, DemoUsers.ADVISOR_HMS);
            assertEquals(400, refused.statusCode(), malformed + " -> " + refused.body());
        }
        Map<String, String> creations = new LinkedHashMap<>();
        creations.put("{\"name\":\"No slug\"}", "slug");
        creations.put("{\"slug\":\"Not A Slug\",\"name\":\"x\"}", "slug");
        creations.put("{\"slug\":\"x\",\"name\":\"too short a slug\"}", "slug");
        creations.put("{\"slug\":\"" + ApiSolutions.uniqueSlug("n") + "\"}", "name");
        for (Map.Entry<String, String> creation : creations.entrySet()) {
            HttpResponse<String> refused =
                    send("POST", ApiSolutions.solutions(HMS), creation.getKey(), DemoUsers.ADVISOR_HMS);
            assertEquals(400, refused.statusCode(), creation.getKey() + " -> " + refused.body());
            assertTrue(errorFields(refused).contains(creation.getValue()), refused.body());
        }
        for (String query : List.of("?status=sold", "?sort=colour", "?page=x", "?size=0", "?size=101")) {
            HttpResponse<String> refused = Http.get(
                    ApiSolutions.solutions(HMS) + query, "Authorization", Tokens.bearer(DemoUsers.ADVISOR_HMS));
            assertEquals(400, refused.statusCode(), query + " -> " + refused.body());
            assertTrue(query.startsWith("?" + firstError(refused).getString("field") + "="), refused.body());
        }
        HttpResponse<String> badIfMatch = send(
                "PATCH",
                ApiSolutions.solution(HMS, slug),
                "{\"tagline\":\"t\"}",
                DemoUsers.ADVISOR_HMS,
                "If-Match",
                "3");
        assertEquals(400, badIfMatch.statusCode(), badIfMatch.body());
        assertEquals("If-Match", firstError(badIfMatch).getString("field"));
        HttpResponse<String> notAFork = send(
                "PUT",
                ApiSolutions.solution(HMS, slug) + "/fork-details",
                "{\"problem\":\"HMS-0001\",\"version\":" + ApiSolutions.version(draft) + "}",
                DemoUsers.ADVISOR_HMS);
        assertEquals(400, notAFork.statusCode(), notAFork.body());
        assertEquals("adapted", firstError(notAFork).getString("field"));
        assertEquals(ApiSolutions.version(draft), ApiSolutions.version(read(HMS, slug)), "nothing was saved");

        for (String path : List.of("Not-A-Slug", "x", "%27%20OR%201%3D1", "a--b")) {
            assertEquals(
                    404,
                    Http.get(ApiSolutions.solution(HMS, path), "Authorization", Tokens.bearer(DemoUsers.ADVISOR_HMS))
                            .statusCode(),
                    path);
        }
    }

    @Test
    void aForkIsMadeOnceWhateverTheRetriesAndSaysWhereItComesFrom() throws Exception {
        String upstream = ApiSolutions.uniqueSlug("checkin");
        ApiSolutions.published(TORBAY, DemoUsers.ADVISOR_TORBAY, upstream);
        String key = UUID.randomUUID().toString();
        String body = "{\"upstreamPartnership\":\"torbay\",\"upstreamSolution\":\"" + upstream
                + "\",\"problem\":\"HMS-0001\",\"adapted\":\"Large print\"}";

        HttpResponse<String> first = fork(HMS, body, DemoUsers.ADVISOR_HMS, key);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject fork = Http.json(first);
        String forkPath = ApiSolutions.solution(HMS, fork.getString("slug"));
        assertTrue(
                first.headers().firstValue("Location").orElseThrow().endsWith(forkPath),
                first.headers().toString());
        assertEquals("draft", fork.getString("status"));
        JsonObject from = fork.getJsonObject("fork");
        assertEquals(TORBAY, from.getString("upstreamPartnership"));
        assertEquals(upstream, from.getString("upstreamSolution"));
        assertEquals(1, from.getInt("basedOnRevision"));
        assertEquals("HMS-0001", from.getString("problem"));
        assertEquals("Large print", from.getString("adapted"));
        assertFalse(from.getBoolean("upstreamRetired"));

        // The same request again: the same fork, 200.
        HttpResponse<String> replay = fork(HMS, body, DemoUsers.ADVISOR_HMS, key);
        assertEquals(200, replay.statusCode(), replay.body());
        assertEquals(first.body(), replay.body());
        assertTrue(replay.headers().firstValue("Content-Location").orElseThrow().endsWith(forkPath));
        // Without a key, the fork the partnership has is the answer; another key is another request: refused.
        HttpResponse<String> keyless = fork(HMS, body, DemoUsers.ADVISOR_HMS, null);
        assertEquals(200, keyless.statusCode(), keyless.body());
        assertEquals(first.body(), keyless.body());
        HttpResponse<String> otherKey =
                fork(HMS, body, DemoUsers.ADVISOR_HMS, UUID.randomUUID().toString());
        assertEquals(409, otherKey.statusCode(), otherKey.body());
        assertEquals(1, forksOf(HMS, upstream), "one fork in the partnership's list");

        // A key that is not 1 to 64 printable ASCII characters. (Java's client sends other characters
        // as "?", so ForkRequestKeyTest tries those.)
        for (String badKey : List.of("", " ", "k".repeat(65))) {
            HttpResponse<String> refused =
                    fork(HMS, body.replace(upstream, "another-one"), DemoUsers.ADVISOR_HMS, badKey);
            assertEquals(400, refused.statusCode(), "[" + badKey + "] -> " + refused.body());
            assertEquals("Idempotency-Key", firstError(refused).getString("field"));
        }
        // Printable ASCII of every kind is a key.
        String upstreamTwo = ApiSolutions.uniqueSlug("checkin-two");
        ApiSolutions.published(TORBAY, DemoUsers.ADVISOR_TORBAY, upstreamTwo);
        HttpResponse<String> punctuated =
                fork(HMS, body.replace(upstream, upstreamTwo), DemoUsers.ADVISOR_HMS, "a b/c+d=e{f}\"g\\h~" + key);
        assertEquals(201, punctuated.statusCode(), punctuated.body());

        // Bad bodies name their member.
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{\"upstreamPartnership\":\"torbay\",\"upstreamSolution\":\"" + upstream + "\"}", "problem");
        bodies.put(body.replace("HMS-0001", "HMS-9999"), "problem");
        bodies.put(body.replace("HMS-0001", "hms-1"), "problem");
        bodies.put(body.replace("\"torbay\"", "\"Tor Bay\""), "upstreamPartnership");
        bodies.put(body.replace(upstream, "Check In"), "upstreamSolution");
        bodies.put(body.replace("{", "{\"revision\":0,"), "revision");
        bodies.put(body.replace("{", "{\"revision\":\"latest\","), "revision");
        bodies.put(body.replace("Large print", "a".repeat(2001)), "adapted");
        bodies.put("[]", "body");
        String fresh = ApiSolutions.uniqueSlug("checkin-bad");
        ApiSolutions.published(TORBAY, DemoUsers.ADVISOR_TORBAY, fresh);
        for (Map.Entry<String, String> bad : bodies.entrySet()) {
            String sent = bad.getKey().replace(upstream, fresh);
            HttpResponse<String> refused =
                    fork(HMS, sent, DemoUsers.ADVISOR_HMS, UUID.randomUUID().toString());
            assertEquals(400, refused.statusCode(), sent + " -> " + refused.body());
            assertTrue(errorFields(refused).contains(bad.getValue()), sent + " -> " + refused.body());
        }
        assertEquals(0, forksOf(HMS, fresh), "no refused request made a fork");
        HttpResponse<String> noSuchRevision =
                fork(HMS, body.replace(upstream, fresh).replace("{", "{\"revision\":9,"), DemoUsers.ADVISOR_HMS, null);
        assertEquals(404, noSuchRevision.statusCode(), noSuchRevision.body());
    }

    @Test
    void twentyIdenticalForkRequestsAtOnceMakeExactlyOneFork() throws Exception {
        String upstream = ApiSolutions.uniqueSlug("board");
        ApiSolutions.published(TORBAY, DemoUsers.ADVISOR_TORBAY, upstream);
        String key = UUID.randomUUID().toString();
        String body = ApiSolutions.forkBody(TORBAY, upstream, "HMS-0002");
        Tokens.accessToken(DemoUsers.ADVISOR_HMS);

        int requests = 20;
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        CountDownLatch ready = new CountDownLatch(requests);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                Callable<HttpResponse<String>> request = () -> {
                    ready.countDown();
                    go.await();
                    return fork(HMS, body, DemoUsers.ADVISOR_HMS, key);
                };
                answers.add(threads.submit(request));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<String> slugs = new java.util.HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                assertTrue(
                        response.statusCode() == 201 || response.statusCode() == 200,
                        response.statusCode() + " " + response.body());
                slugs.add(Http.<JsonObject>json(response).getString("slug"));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one request made it: " + statuses);
            assertEquals(requests - 1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(Set.of(upstream), slugs, "every answer is the one fork");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, forksOf(HMS, upstream), "exactly one fork in the partnership's list");
    }

    @Test
    void aForkOfAForkNamesItsOwnUpstream() throws Exception {
        String root = ApiSolutions.uniqueSlug("root");
        ApiSolutions.published(TORBAY, DemoUsers.ADVISOR_TORBAY, root);
        JsonObject middle = ApiSolutions.forked(HMS, DemoUsers.ADVISOR_HMS, TORBAY, root, "HMS-0001");
        String middleSlug = middle.getString("slug");

        // A fork still in draft is not in the library: it cannot be forked, exactly like a missing solution.
        HttpResponse<String> draftFork =
                ApiSolutions.fork(MERTHYR, DemoUsers.ADVISOR_MERTHYR, HMS, middleSlug, "MTY-0001");
        HttpResponse<String> missing =
                ApiSolutions.fork(MERTHYR, DemoUsers.ADVISOR_MERTHYR, HMS, "no-such-solution", "MTY-0001");
        assertEquals(404, draftFork.statusCode(), draftFork.body());
        assertEquals(missing.body(), draftFork.body());

        assertEquals(List.of(), strings(middle, "missingForPublication"), "a fork copies a complete revision");
        ApiSolutions.publish(HMS, DemoUsers.ADVISOR_HMS, middleSlug, ApiSolutions.version(middle));
        JsonObject leaf = ApiSolutions.forked(MERTHYR, DemoUsers.ADVISOR_MERTHYR, HMS, middleSlug, "MTY-0001");
        JsonObject from = leaf.getJsonObject("fork");
        assertEquals(HMS, from.getString("upstreamPartnership"));
        assertEquals(middleSlug, from.getString("upstreamSolution"));
        assertEquals(1, from.getInt("basedOnRevision"));
        assertEquals(
                TORBAY,
                read(HMS, middleSlug).getJsonObject("fork").getString("upstreamPartnership"),
                "the middle still names the root");
        assertEquals(1, forksOf(MERTHYR, middleSlug));
    }

    @Test
    void upstreamChangesListExactlyTheChangedFieldsToAdoptOrSkip() throws Exception {
        String upstream = ApiSolutions.uniqueSlug("safety");
        JsonObject original = ApiSolutions.published(TORBAY, DemoUsers.ADVISOR_TORBAY, upstream);
        String forkSlug = ApiSolutions.forked(HMS, DemoUsers.ADVISOR_HMS, TORBAY, upstream, "HMS-0003")
                .getString("slug");
        String review = ApiSolutions.solution(HMS, forkSlug) + "/upstream";

        JsonObject nothing = upstreamChanges(review);
        assertEquals(1, nothing.getInt("baseRevision"));
        assertEquals(1, nothing.getInt("latestRevision"));
        assertEquals(0, nothing.getJsonArray("changes").size());
        assertEquals(TORBAY, nothing.getString("upstreamPartnership"));
        assertEquals(upstream, nothing.getString("upstreamSolution"));

        // Torbay changes four fields and publishes again; the fork's own working copy is not touched.
        JsonObject changed = ApiSolutions.patch(
                TORBAY,
                DemoUsers.ADVISOR_TORBAY,
                upstream,
                ApiSolutions.version(original),
                "\"tagline\":\"Check in, every day\",\"themes\":[\"loneliness\",\"health\"],"
                        + "\"maturity\":\"in-use\",\"languages\":[\"en\"]");
        ApiSolutions.publish(TORBAY, DemoUsers.ADVISOR_TORBAY, upstream, ApiSolutions.version(changed));

        JsonObject changes = upstreamChanges(review);
        assertEquals(1, changes.getInt("baseRevision"));
        assertEquals(2, changes.getInt("latestRevision"));
        assertEquals(4, changes.getInt("pending"));
        List<JsonObject> fields = changes.getJsonArray("changes").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("tagline", "themes", "maturity", "languages"),
                fields.stream().map(f -> f.getString("field")).toList(),
                "exactly the changed fields, in the order of the form");
        assertEquals(original.getString("tagline"), fields.get(0).getString("before"));
        assertEquals("Check in, every day", fields.get(0).getString("after"));
        assertEquals(List.of("health"), strings(fields.get(1), "added"));
        assertEquals(List.of("digital-inclusion"), strings(fields.get(1), "removed"));
        assertEquals("pilot", fields.get(2).getString("before"), "choices in their API form");
        assertEquals("in-use", fields.get(2).getString("after"));
        assertEquals(List.of("cy"), strings(fields.get(3), "removed"));
        assertTrue(fields.stream().noneMatch(f -> f.containsKey("decision")));

        long version = changes.getJsonNumber("version").longValue();
        JsonObject adopted = decide(review, "tagline", "adopt", version);
        assertEquals(3, adopted.getInt("pending"));
        assertEquals("adopt", adopted.getJsonArray("changes").getJsonObject(0).getString("decision"));
        assertEquals("Check in, every day", read(HMS, forkSlug).getString("tagline"));

        HttpResponse<String> twice = decideResponse(
                review, "tagline", "skip", adopted.getJsonNumber("version").longValue());
        assertEquals(409, twice.statusCode(), twice.body());
        HttpResponse<String> unchanged = decideResponse(
                review, "name", "adopt", adopted.getJsonNumber("version").longValue());
        assertEquals(400, unchanged.statusCode(), unchanged.body());
        assertEquals("field", firstError(unchanged).getString("field"));
        HttpResponse<String> noSuchField = decideResponse(
                review, "colour", "adopt", adopted.getJsonNumber("version").longValue());
        assertEquals(400, noSuchField.statusCode(), noSuchField.body());
        assertEquals("field", firstError(noSuchField).getString("field"));
        HttpResponse<String> stale = decideResponse(review, "maturity", "skip", version);
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(
                adopted.getJsonNumber("version").longValue(),
                Http.<JsonObject>json(stale).getJsonNumber("currentVersion").longValue());

        JsonObject skipped = decide(
                review, "maturity", "skip", adopted.getJsonNumber("version").longValue());
        // Themes as far as this partnership's taxonomy has them: hulme-moss-side has no "health".
        JsonObject themed = decide(
                review, "themes", "adopt", skipped.getJsonNumber("version").longValue());
        JsonObject fork = read(HMS, forkSlug);
        assertEquals(
                List.of("loneliness"),
                fork.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getString("id"))
                        .toList());
        assertEquals("pilot", fork.getString("maturity"), "skipped: the fork keeps its own");
        assertEquals(1, fork.getJsonObject("fork").getInt("basedOnRevision"), "one change is still to decide");
        assertEquals(1, themed.getInt("pending"));

        // The last decision moves the fork onto the latest revision: nothing left to show.
        JsonObject settled = decide(
                review, "languages", "skip", themed.getJsonNumber("version").longValue());
        assertEquals(2, settled.getInt("baseRevision"));
        assertEquals(0, settled.getInt("pending"));
        assertEquals(0, settled.getJsonArray("changes").size());
        assertEquals(2, read(HMS, forkSlug).getJsonObject("fork").getInt("basedOnRevision"));
        assertEquals(List.of("en", "cy"), strings(read(HMS, forkSlug), "languages"));

        // A retired upstream says so.
        JsonObject latest = read(TORBAY, upstream);
        HttpResponse<String> retired = send(
                "POST",
                ApiSolutions.solution(TORBAY, upstream) + "/retire",
                "{\"version\":" + ApiSolutions.version(latest) + "}",
                DemoUsers.ADVISOR_TORBAY);
        assertEquals(200, retired.statusCode(), retired.body());
        assertTrue(upstreamChanges(review).getBoolean("upstreamRetired"));
        assertTrue(read(HMS, forkSlug).getJsonObject("fork").getBoolean("upstreamRetired"));
        HttpResponse<String> forkRetired =
                ApiSolutions.fork(MERTHYR, DemoUsers.ADVISOR_MERTHYR, TORBAY, upstream, "MTY-0001");
        assertEquals(409, forkRetired.statusCode(), "a retired solution is not forked: " + forkRetired.body());

        HttpResponse<String> notAFork = Http.get(
                ApiSolutions.solution(TORBAY, upstream) + "/upstream",
                "Authorization",
                Tokens.bearer(DemoUsers.ADVISOR_TORBAY));
        assertEquals(404, notAFork.statusCode(), notAFork.body());
    }

    @Test
    void anotherPartnershipsDraftCannotBeReadForkedOrEdited() throws Exception {
        String draft = ApiSolutions.uniqueSlug("secret");
        ApiSolutions.draft(HMS, DemoUsers.ADVISOR_HMS, draft);
        String publishedSlug = ApiSolutions.uniqueSlug("shared");
        JsonObject published = ApiSolutions.published(HMS, DemoUsers.ADVISOR_HMS, publishedSlug);

        // Read through HMS's workspace: to torbay's advisor it does not exist, draft or not.
        String torbay = Tokens.bearer(DemoUsers.ADVISOR_TORBAY);
        HttpResponse<String> missing =
                Http.get(ApiSolutions.solution(HMS, "no-such-solution"), "Authorization", torbay);
        assertEquals(404, missing.statusCode());
        for (String slug : List.of(draft, publishedSlug)) {
            HttpResponse<String> others = Http.get(ApiSolutions.solution(HMS, slug), "Authorization", torbay);
            assertEquals(404, others.statusCode(), others.body());
            assertEquals(missing.body(), others.body());
        }
        HttpResponse<String> list = Http.get(ApiSolutions.solutions(HMS), "Authorization", torbay);
        assertEquals(404, list.statusCode(), list.body());
        assertFalse(list.body().contains(draft), list.body());

        // Forked into torbay: a draft answers exactly like a solution that does not exist.
        HttpResponse<String> forkDraft = ApiSolutions.fork(TORBAY, DemoUsers.ADVISOR_TORBAY, HMS, draft, "TOR-0001");
        HttpResponse<String> forkMissing =
                ApiSolutions.fork(TORBAY, DemoUsers.ADVISOR_TORBAY, HMS, "no-such-solution", "TOR-0001");
        assertEquals(404, forkDraft.statusCode(), forkDraft.body());
        assertEquals(forkMissing.body(), forkDraft.body());
        assertFalse(forkDraft.body().contains(draft), forkDraft.body());
        assertEquals(0, forksOf(TORBAY, draft));

        // Edited, published or retired by another partnership's advisor: not found, and unchanged.
        String version = "\"version\":" + ApiSolutions.version(published);
        for (String[] request : List.of(
                new String[] {"PATCH", "", "{\"tagline\":\"Taken over\"," + version + "}"},
                new String[] {"PUT", "", "{\"name\":\"Taken over\"," + version + "}"},
                new String[] {"POST", "/publish", "{" + version + "}"},
                new String[] {"POST", "/retire", "{" + version + "}"})) {
            HttpResponse<String> refused = send(
                    request[0],
                    ApiSolutions.solution(HMS, publishedSlug) + request[1],
                    request[2],
                    DemoUsers.ADVISOR_TORBAY);
            assertEquals(404, refused.statusCode(), request[0] + request[1] + ": " + refused.body());
            assertEquals(missing.body(), refused.body());
        }
        // Not even through a partnership named anywhere but the path.
        HttpResponse<String> smuggled = send(
                "PATCH",
                ApiSolutions.solution(TORBAY, publishedSlug) + "?partnership=" + HMS,
                "{\"tagline\":\"Taken over\"," + version + "}",
                DemoUsers.ADVISOR_TORBAY,
                "X-Partnership",
                HMS);
        assertEquals(404, smuggled.statusCode(), smuggled.body());
        JsonObject after = read(HMS, publishedSlug);
        assertEquals(ApiSolutions.version(published), ApiSolutions.version(after));
        assertEquals(published.getString("tagline"), after.getString("tagline"));
        assertEquals("published", after.getString("status"));
    }

    @Test
    void aSolutionOfAPartnershipThatIsNotPublicCannotBeForked() throws Exception {
        Fixtures.TestPartnership onboarding = Fixtures.partnership("onboarding", "ONB", "ONBOARDING");
        String slug = ApiSolutions.uniqueSlug("hidden");
        publishedSolutionOf(onboarding, slug);
        Fixtures.TestPartnership active = Fixtures.partnership("active", "ACT", "ACTIVE");
        String visible = ApiSolutions.uniqueSlug("visible");
        publishedSolutionOf(active, visible);

        HttpResponse<String> hidden =
                ApiSolutions.fork(HMS, DemoUsers.ADVISOR_HMS, onboarding.slug(), slug, "HMS-0001");
        HttpResponse<String> missing =
                ApiSolutions.fork(HMS, DemoUsers.ADVISOR_HMS, onboarding.slug(), "no-such-solution", "HMS-0001");
        assertEquals(404, hidden.statusCode(), hidden.body());
        assertEquals(missing.body(), hidden.body());
        assertEquals(0, forksOf(HMS, slug));
        // The same fixture in a public partnership is forked: the partnership's status made the difference.
        JsonObject fork = ApiSolutions.forked(HMS, DemoUsers.ADVISOR_HMS, active.slug(), visible, "HMS-0001");
        assertEquals(active.slug(), fork.getJsonObject("fork").getString("upstreamPartnership"));
        // Nor does a partnership that is not public have a workspace API.
        assertEquals(
                404,
                Http.get(ApiSolutions.solutions(onboarding.slug()), "Authorization", Tokens.bearer(DemoUsers.CENTRAL))
                        .statusCode());
    }

    // --- requests

    private static HttpResponse<String> send(String method, String path, String body, String user, String... headers)
            throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = Tokens.bearer(user);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return Http.send(method, path, body, all);
    }

    private static HttpResponse<String> publish(String partnership, String slug, long version) throws Exception {
        return publish(partnership, slug, version, DemoUsers.ADVISOR_HMS);
    }

    private static HttpResponse<String> publish(String partnership, String slug, long version, String user)
            throws Exception {
        return send(
                "POST", ApiSolutions.solution(partnership, slug) + "/publish", "{\"version\":" + version + "}", user);
    }

    private static HttpResponse<String> fork(String partnership, String body, String user, String key)
            throws Exception {
        String path = "/api/v1/partnerships/" + partnership + "/forks";
        return key == null ? send("POST", path, body, user) : send("POST", path, body, user, "Idempotency-Key", key);
    }

    private static JsonObject read(String partnership, String slug) throws Exception {
        String advisor = partnership.equals(TORBAY) ? DemoUsers.ADVISOR_TORBAY : DemoUsers.ADVISOR_HMS;
        HttpResponse<String> read =
                Http.get(ApiSolutions.solution(partnership, slug), "Authorization", Tokens.bearer(advisor));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(
                "\"" + ApiSolutions.version(Http.json(read)) + "\"",
                read.headers().firstValue("ETag").orElseThrow());
        return Http.json(read);
    }

    private static JsonObject upstreamChanges(String review) throws Exception {
        HttpResponse<String> read = Http.get(review, "Authorization", Tokens.bearer(DemoUsers.ORGANISER_HMS));
        assertEquals(200, read.statusCode(), read.body());
        JsonObject changes = Http.json(read);
        assertEquals(
                "\"" + changes.getJsonNumber("version") + "\"",
                read.headers().firstValue("ETag").orElseThrow());
        return changes;
    }

    private static JsonObject decide(String review, String field, String choice, long version) throws Exception {
        HttpResponse<String> decided = decideResponse(review, field, choice, version);
        assertEquals(200, decided.statusCode(), decided.body());
        JsonObject changes = Http.json(decided);
        assertNotEquals(version, changes.getJsonNumber("version").longValue(), "a decision moves the fork's version");
        return changes;
    }

    private static HttpResponse<String> decideResponse(String review, String field, String choice, long version)
            throws Exception {
        return send(
                "POST", review + "/" + field + "/" + choice, "{\"version\":" + version + "}", DemoUsers.ADVISOR_HMS);
    }

    /** The slugs of the partnership's solutions, all pages, as its tech advisor lists them. */
    private static List<String> slugsListed(String partnership, String query) throws Exception {
        String advisor =
                switch (partnership) {
                    case TORBAY -> DemoUsers.ADVISOR_TORBAY;
                    case MERTHYR -> DemoUsers.ADVISOR_MERTHYR;
                    default -> DemoUsers.ADVISOR_HMS;
                };
        List<String> slugs = new ArrayList<>();
        String separator = query.isEmpty() ? "?" : "&";
        for (int page = 0; ; page++) {
            HttpResponse<String> list = Http.get(
                    ApiSolutions.solutions(partnership) + query + separator + "size=100&page=" + page,
                    "Authorization",
                    Tokens.bearer(advisor));
            assertEquals(200, list.statusCode(), list.body());
            JsonObject body = Http.json(list);
            body.getJsonArray("items").getValuesAs(JsonObject.class).forEach(s -> slugs.add(s.getString("slug")));
            if (!body.getBoolean("hasNext")) {
                return slugs;
            }
        }
    }

    /** How many of the partnership's solutions are forks taking their slug from this upstream slug. */
    private static long forksOf(String partnership, String upstreamSlug) throws Exception {
        return slugsListed(partnership, "").stream()
                .filter(s -> s.equals(upstreamSlug) || s.matches(java.util.regex.Pattern.quote(upstreamSlug) + "-\\d+"))
                .count();
    }

    private static JsonObject firstError(HttpResponse<String> response) {
        return Http.<JsonObject>json(response).getJsonArray("errors").getJsonObject(0);
    }

    private static Set<String> errorFields(HttpResponse<String> response) {
        JsonArray errors = Http.<JsonObject>json(response).getJsonArray("errors");
        return errors == null
                ? Set.of()
                : errors.getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .collect(Collectors.toSet());
    }

    private static List<String> strings(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    // --- fixtures of partnerships no demo user belongs to

    /** A published solution of a fixture partnership, as its rows would be after publishing revision 1. */
    private static void publishedSolutionOf(Fixtures.TestPartnership partnership, String slug) throws Exception {
        try (Connection connection = TestHub.openConnection()) {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO solution (partnership_id, slug, name, tagline, description, kind, themes, licence, "
                            + "maturity, monthly_cost_pounds, hosting, skills, personal_data, accessibility, languages, "
                            + "connectivity, adoption_guide, status, revision, created_at, created_by_subject, "
                            + "created_by_name, updated_at, updated_by_subject, updated_by_name, version) "
                            + "VALUES (?, ?, 'Fixture', 'A fixture', 'Made by the test', 'SOFTWARE', 'loneliness', "
                            + "'MIT', 'PILOT', 0, 'None', 'None', 'NONE', 'NOT_CHECKED', 'en', 'LOW_BANDWIDTH', "
                            + "'Read me', 'PUBLISHED', 1, UTC_TIMESTAMP(6), 'test', 'Test', UTC_TIMESTAMP(6), "
                            + "'test', 'Test', 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, partnership.id());
                insert.setString(2, slug);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO solution_revision (partnership_id, solution_id, revision, solution_slug, name, "
                            + "tagline, description, kind, themes, licence, maturity, monthly_cost_pounds, hosting, "
                            + "skills, personal_data, accessibility, languages, connectivity, adoption_guide, "
                            + "published_at, published_by_subject, published_by_name) "
                            + "VALUES (?, ?, 1, ?, 'Fixture', 'A fixture', 'Made by the test', 'SOFTWARE', "
                            + "'loneliness', 'MIT', 'PILOT', 0, 'None', 'None', 'NONE', 'NOT_CHECKED', 'en', "
                            + "'LOW_BANDWIDTH', 'Read me', UTC_TIMESTAMP(6), 'test', 'Test')")) {
                insert.setLong(1, partnership.id());
                insert.setLong(2, id);
                insert.setString(3, slug);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO network_solution (partnership_id, solution_id, slug, status, latest_revision, name, "
                            + "created_at, updated_at) VALUES (?, ?, ?, 'PUBLISHED', 1, 'Fixture', UTC_TIMESTAMP(6), "
                            + "UTC_TIMESTAMP(6))")) {
                insert.setLong(1, partnership.id());
                insert.setLong(2, id);
                insert.setString(3, slug);
                insert.executeUpdate();
            }
        }
    }
}
