package org.ctphub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctphub.testing.ApiSolutions;
import org.ctphub.testing.Fixtures;
import org.ctphub.testing.Http;
import org.ctphub.testing.KeycloakAdmin;
import org.ctphub.testing.TestHub;
import org.ctphub.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every API endpoint that exists, as anonymous, organiser of A, advisor of A, advisor of B and
 * the central team, each with the status it must answer. A is hulme-moss-side, B is torbay, with
 * real tokens from the realm Keycloak serves for the test run. Membership comes from the token.
 */
class ApiPermissionIT {

    private static final String A = "/api/v1/partnerships/hulme-moss-side";
    /** HMS-0003 is visible to the network, HMS-0004 to its partnership only (see demo-network.json). */
    private static final String A_NETWORK_PROBLEM = A + "/problems/HMS-0003";

    private static final String A_PRIVATE_PROBLEM = A + "/problems/HMS-0004";

    private static final String A_SESSIONS = A + "/sessions";

    private static final List<String> CALLERS =
            List.of("anonymous", "organiser-hms", "advisor-hms", "advisor-torbay", "central");

    @Test
    void readsAnswerByVisibilityAndMembership() throws Exception {
        expect("GET", "/api/v1/partnerships", null, 200, 200, 200, 200, 200);
        expect("GET", A, null, 200, 200, 200, 200, 200);
        expect("GET", A + "/problems", null, 200, 200, 200, 200, 200);
        expect("GET", A + "/problems/HMS-0001", null, 200, 200, 200, 200, 200);
        expect("GET", A_NETWORK_PROBLEM, null, 404, 200, 200, 200, 200);
        expect("GET", A_PRIVATE_PROBLEM, null, 404, 200, 200, 404, 200);
    }

    @Test
    void anotherPartnershipsPrivateProblemAnswersExactlyLikeAMissingOne() throws Exception {
        String token = Tokens.accessToken("advisor-torbay");
        HttpResponse<String> others = Http.get(A_PRIVATE_PROBLEM, "Authorization", "Bearer " + token);
        HttpResponse<String> missing = Http.get(A + "/problems/HMS-9999", "Authorization", "Bearer " + token);
        assertEquals(404, others.statusCode());
        assertEquals(missing.body(), others.body());
    }

    @Test
    void listsShowWhatEachCallerMayRead() throws Exception {
        Map<String, List<String>> visibilities = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            visibilities.put(caller, visibilitiesListed(caller));
        }
        assertEquals(List.of("public"), visibilities.get("anonymous"));
        assertEquals(List.of("network", "public"), visibilities.get("advisor-torbay"));
        for (String member : List.of("organiser-hms", "advisor-hms", "central")) {
            assertTrue(visibilities.get(member).contains("partnership"), member + ": " + visibilities.get(member));
        }
    }

    @Test
    void onlyTechAdvisorsOfThePartnershipRaiseProblems() throws Exception {
        String body = "{\"title\":\"Raised through the API\",\"summary\":\"Permission test\"}";
        expect("POST", A + "/problems", body, 401, 403, 201, 403, 403);
    }

    @Test
    void onlyTheCentralTeamOnboardsPartnerships() throws Exception {
        String slug = Fixtures.uniqueSlug("onboarded");
        String body = "{\"slug\":\"" + slug + "\",\"name\":\"Onboarded by the API\",\"nation\":\"scotland\","
                + "\"place\":\"Leith\",\"referencePrefix\":\"LEI\",\"profile\":{\"en\":\"Hello\",\"cy\":\"Shwmae\"}}";
        expect("POST", "/api/v1/partnerships", body, 401, 403, 403, 403, 201);

        HttpResponse<String> read =
                Http.get("/api/v1/partnerships/" + slug, "Authorization", "Bearer " + Tokens.accessToken("central"));
        assertEquals(200, read.statusCode(), "the central team reads a partnership while it onboards: " + read.body());
        JsonObject created = Http.json(read);
        assertEquals("onboarding", created.getString("status"));
        assertTrue(
                Http.get("/api/v1/partnerships", "Authorization", "Bearer " + Tokens.accessToken("central"))
                        .body()
                        .contains("\"" + slug + "\""),
                "the central team's list shows onboarding partnerships");
        assertFalse(Http.get("/api/v1/partnerships").body().contains("\"" + slug + "\""), "the public's does not");
        assertEquals(404, Http.get("/api/v1/partnerships/" + slug).statusCode(), "not public while onboarding");
        assertEquals(
                409,
                Http.send(
                                "POST",
                                "/api/v1/partnerships",
                                body,
                                "Authorization",
                                "Bearer " + Tokens.accessToken("central"))
                        .statusCode(),
                "a slug is taken once");
        assertEquals(200, KeycloakAdmin.groupStatus("partnerships/" + slug), "its Keycloak group was created");

        expect("POST", "/api/v1/partnerships/" + slug + "/activate", null, 401, 403, 403, 403, 200);
        assertEquals(200, Http.get("/api/v1/partnerships/" + slug).statusCode(), "public once active");
    }

    @Test
    void membersAreListedToTheirPartnershipAndTheCentralTeam() throws Exception {
        expect("GET", A + "/members", null, 401, 200, 200, 404, 200);
        String members = Http.get(A + "/members", "Authorization", "Bearer " + Tokens.accessToken("advisor-hms"))
                .body();
        assertTrue(members.contains("\"username\":\"advisor-hms\""), members);
        assertTrue(members.contains("\"username\":\"organiser-hms\""), members);
        assertFalse(members.contains("advisor-torbay"), members);
    }

    @Test
    void aRaisedProblemGetsItsReferenceAndLocation() throws Exception {
        HttpResponse<String> created = Http.send(
                "POST",
                A + "/problems",
                "{\"title\":\"Bus stop has no shelter\",\"summary\":\"Older people wait in the rain\",\"visibility\":\"network\"}",
                "Authorization",
                "Bearer " + Tokens.accessToken("advisor-hms"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject problem = Http.json(created);
        assertTrue(problem.getString("reference").startsWith("HMS-"));
        assertEquals("network", problem.getString("visibility"));
        assertEquals("raised", problem.getString("status"));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(A + "/problems/" + problem.getString("reference")), location);
    }

    @Test
    void badBodiesAnswer400WithWhatToFix() throws Exception {
        String token = "Bearer " + Tokens.accessToken("advisor-hms");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"summary\":\"no title\"}", "title");
        cases.put("{\"title\":\"no summary\"}", "summary");
        cases.put("{\"title\":\"" + "x".repeat(201) + "\",\"summary\":\"s\"}", "title");
        cases.put("{\"title\":\"t\",\"summary\":\"s\",\"visibility\":\"everyone\"}", "visibility");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> response = Http.send("POST", A + "/problems", c.getKey(), "Authorization", token);
            assertEquals(400, response.statusCode(), c.getKey() + " -> " + response.body());
            assertTrue(response.body().contains("\"field\":\"" + c.getValue() + "\""), response.body());
        }
        for (String malformed : List.of("{", "not json", "{\"title\": 42, \"summary\": []}", "[]")) {
            HttpResponse<String> response = Http.send("POST", A + "/problems", malformed, "Authorization", token);
            assertEquals(400, response.statusCode(), malformed + " -> " + response.body());
            assertFalse(response.body().contains("Exception"), response.body());
        }
    }

    @Test
    void anInvalidTokenIsRefused() throws Exception {
        assertEquals(
                401,
                Http.get("/api/v1/partnerships", "Authorization", "Bearer not-a-token")
                        .statusCode());
        String token = Tokens.accessToken("advisor-hms");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertEquals(
                401,
                Http.get(A + "/problems", "Authorization", "Bearer " + tampered).statusCode());
    }

    @Test
    void refusedWritesAreAudited() throws Exception {
        long before = forbiddenRaisesInA();
        Http.send(
                "POST",
                A + "/problems",
                "{\"title\":\"Not my partnership\",\"summary\":\"audit me\"}",
                "Authorization",
                "Bearer " + Tokens.accessToken("advisor-torbay"));
        assertEquals(before + 1, forbiddenRaisesInA());
    }

    @Test
    void sessionsAreReadByVisibilityAndMembership() throws Exception {
        String marker = Fixtures.uniqueSlug("perm");
        String open = sessionPath(recordSession("Public session " + marker, "public"));
        String network = sessionPath(recordSession("Network session " + marker, "network"));
        String inside = sessionPath(recordSession("Partnership session " + marker, "partnership"));
        expect("GET", A_SESSIONS, null, 200, 200, 200, 200, 200);
        expect("GET", A_SESSIONS + "?q=" + marker + "&sort=-updated&format=workshop", null, 200, 200, 200, 200, 200);
        expect("GET", open, null, 200, 200, 200, 200, 200);
        expect("GET", network, null, 404, 200, 200, 200, 200);
        expect("GET", inside, null, 404, 200, 200, 404, 200);
    }

    @Test
    void anotherPartnershipsPrivateSessionAnswersExactlyLikeAMissingOne() throws Exception {
        String inside = sessionPath(recordSession("Kept inside " + Fixtures.uniqueSlug("perm"), "partnership"));
        String token = Tokens.bearer("advisor-torbay");
        HttpResponse<String> others = Http.get(inside, "Authorization", token);
        HttpResponse<String> missing = Http.get(A_SESSIONS + "/999999999", "Authorization", token);
        assertEquals(404, others.statusCode());
        assertEquals(missing.body(), others.body());
        assertEquals(
                missing.headers().firstValue("Content-Type"), others.headers().firstValue("Content-Type"));
        assertFalse(others.body().contains("Kept inside"), others.body());
    }

    @Test
    void techAdvisorsAndOrganisersWriteSessionsAndOnlyTechAdvisorsDeleteThem() throws Exception {
        String session = "{\"title\":\"Recorded for the matrix\",\"date\":\"2025-03-14\",\"format\":\"workshop\"}";
        expect("POST", A_SESSIONS, session, 401, 201, 201, 403, 403);
        expectOnFreshSessions(
                "PUT",
                "",
                "{\"title\":\"Edited for the matrix\",\"date\":\"2025-03-14\",\"format\":\"online\","
                        + "\"version\":{version}}",
                401,
                200,
                200,
                403,
                403);
        expectOnFreshSessions("DELETE", "", null, 401, 403, 204, 403, 403);
        expectOnFreshSessions("PUT", "/problems/HMS-0001", null, 401, 200, 200, 403, 403);
        expectOnFreshSessions("DELETE", "/problems/HMS-0001", null, 401, 200, 200, 403, 403);
        expectOnFreshSessions("POST", "/quotes", "{\"text\":\"A quote\",\"consent\":true}", 401, 201, 201, 403, 403);
        expectOnFreshSessions("DELETE", "/quotes/{quote}", null, 401, 200, 200, 403, 403);
        expectOnFreshSessions("PUT", "/quotes/{quote}/consent", "{\"consent\":true}", 401, 200, 200, 403, 403);
    }

    @Test
    void quotesWithoutConsentNeverLeaveThePartnership() throws Exception {
        String marker = Fixtures.uniqueSlug("quote");
        String consented = "Consented words " + marker;
        String unconsented = "Unconsented words " + marker;
        String network = sessionPath(recordSession("Quoted on the network " + marker, "network"));
        String open = sessionPath(recordSession("Quoted in public " + marker, "public"));
        for (String session : List.of(network, open)) {
            addQuote(session, consented, true);
            addQuote(session, unconsented, false);
        }

        for (String path : List.of(network, open)) {
            for (String outsider : List.of("advisor-torbay", "anonymous")) {
                if (outsider.equals("anonymous") && path.equals(network)) {
                    continue;
                }
                HttpResponse<String> read = outsider.equals("anonymous")
                        ? Http.get(path)
                        : Http.get(path, "Authorization", Tokens.bearer(outsider));
                assertEquals(200, read.statusCode(), outsider + " " + read.body());
                assertTrue(read.body().contains(consented), outsider + ": " + read.body());
                assertFalse(read.body().contains(unconsented), outsider + ": " + read.body());
                assertFalse(read.body().contains("Daniel Mensah"), "no names outside: " + read.body());
                assertEquals(
                        1, Http.<JsonObject>json(read).getJsonArray("quotes").size());
            }
            for (String insider : List.of("organiser-hms", "central")) {
                HttpResponse<String> read = Http.get(path, "Authorization", Tokens.bearer(insider));
                assertEquals(200, read.statusCode(), insider + " " + read.body());
                assertTrue(read.body().contains(consented), insider + ": " + read.body());
                assertTrue(read.body().contains(unconsented), insider + ": " + read.body());
            }
        }
        String list = Http.get(A_SESSIONS + "?q=" + marker, "Authorization", Tokens.bearer("advisor-torbay"))
                .body();
        assertTrue(list.contains("Quoted on the network"), list);
        assertFalse(list.contains(unconsented), list);
    }

    private static long forbiddenRaisesInA() throws Exception {
        try (Connection connection = TestHub.openConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*) FROM audit_entry a JOIN partnership p ON p.id = a.partnership_id "
                                + "WHERE p.slug = 'hulme-moss-side' AND a.action = 'problem.raise' "
                                + "AND a.outcome = 'FORBIDDEN'");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void expect(String method, String path, String body, int... statuses) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            HttpResponse<String> response = caller.equals("anonymous")
                    ? Http.send(method, path, body)
                    : Http.send(method, path, body, "Authorization", "Bearer " + Tokens.accessToken(caller));
            if (response.statusCode() != statuses[i]) {
                wrong.add(caller + " got " + response.statusCode() + " not " + statuses[i] + ": " + response.body());
            }
        }
        assertEquals(List.of(), wrong, method + " " + path);
    }

    /**
     * Like {@link #expect}, but each caller acts on a session of its own, recorded just before by
     * the tech advisor of A with a quote and a linked problem, so that one caller's change never
     * decides another's answer. {@code {version}} and {@code {quote}} in the path and body stand for
     * that session's version and quote id.
     */
    private static void expectOnFreshSessions(String method, String subPath, String body, int... statuses)
            throws Exception {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            String session = sessionPath(recordSession("Matrix " + Fixtures.uniqueSlug(caller), "network"));
            addQuote(session, "Said in the matrix", false);
            HttpResponse<String> linked = Http.send(
                    "PUT", session + "/problems/HMS-0001", null, "Authorization", Tokens.bearer("advisor-hms"));
            assertEquals(200, linked.statusCode(), linked.body());
            JsonObject current = Http.json(linked);
            String version = current.getJsonNumber("version").toString();
            String quote = current.getJsonArray("quotes")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .toString();
            String path = session + subPath.replace("{quote}", quote);
            String sent = body == null ? null : body.replace("{version}", version);
            HttpResponse<String> response = caller.equals("anonymous")
                    ? Http.send(method, path, sent)
                    : Http.send(method, path, sent, "Authorization", Tokens.bearer(caller));
            if (response.statusCode() != statuses[i]) {
                wrong.add(caller + " got " + response.statusCode() + " not " + statuses[i] + ": " + response.body());
            }
        }
        assertEquals(List.of(), wrong, method + " " + A_SESSIONS + "/{id}" + subPath);
    }

    /** A session of A recorded by its tech advisor; its id. */
    private static long recordSession(String title, String visibility) throws Exception {
        HttpResponse<String> created = Http.send(
                "POST",
                A_SESSIONS,
                "{\"title\":\"" + title + "\",\"date\":\"2025-03-14\",\"format\":\"workshop\",\"visibility\":\""
                        + visibility + "\"}",
                "Authorization",
                Tokens.bearer("advisor-hms"));
        assertEquals(201, created.statusCode(), created.body());
        return Http.<JsonObject>json(created).getJsonNumber("id").longValue();
    }

    private static void addQuote(String sessionPath, String text, boolean consent) throws Exception {
        HttpResponse<String> added = Http.send(
                "POST",
                sessionPath + "/quotes",
                "{\"text\":\"" + text + "\",\"attribution\":\"a resident\",\"consent\":" + consent + "}",
                "Authorization",
                Tokens.bearer("advisor-hms"));
        assertEquals(201, added.statusCode(), added.body());
    }

    private static String sessionPath(long id) {
        return A_SESSIONS + "/" + id;
    }

    private static List<String> visibilitiesListed(String caller) throws Exception {
        String path = A + "/problems?size=100";
        HttpResponse<String> response = caller.equals("anonymous")
                ? Http.get(path)
                : Http.get(path, "Authorization", "Bearer " + Tokens.accessToken(caller));
        JsonObject page = Http.json(response);
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("visibility"))
                .distinct()
                .sorted()
                .toList();
    }

    @Test
    void everyProblemRegisterEndpointAnswersEachCallerByRoleAndVisibility() throws Exception {
        String advisor = "Bearer " + Tokens.accessToken("advisor-hms");
        String organiser = "Bearer " + Tokens.accessToken("organiser-hms");
        String torbay = "Bearer " + Tokens.accessToken("advisor-torbay");
        String stem = "Permission matrix " + Fixtures.uniqueSlug("p");
        String network = A + "/problems/" + raiseAs(advisor, stem + " network", "network");
        String own = A + "/problems/" + raiseAs(advisor, stem + " partnership", "partnership");
        String evidence = "{\"kind\":\"conversation\",\"summary\":\"Heard at the bus stop\",\"date\":\"2024-01-15\"}";

        expect("GET", A + "/problems?status=raised&priority=medium&sort=-created&q=bus", null, 200, 200, 200, 200, 200);
        expect("GET", A + "/problems?sort=colour", null, 400, 400, 400, 400, 400);
        expect(
                "GET",
                A + "/search?q=" + java.net.URLEncoder.encode(stem, java.nio.charset.StandardCharsets.UTF_8),
                null,
                200,
                200,
                200,
                200,
                200);
        expect("GET", A + "/search", null, 400, 400, 400, 400, 400);

        // A problem visible to the network: other partnerships read it but may not keep it.
        expect("GET", network, null, 404, 200, 200, 200, 200);
        // Its change log may hold what was taken out of it: members and the central team only.
        expect("GET", network + "/changes", null, 401, 200, 200, 403, 200);
        expect("GET", own + "/changes", null, 401, 200, 200, 404, 200);
        expect("GET", A + "/problems/HMS-0001/changes", null, 401, 200, 200, 403, 200);
        expect(
                "PATCH",
                network,
                versioned(network, advisor, "\"title\":\"" + stem + " patched\""),
                401,
                403,
                200,
                403,
                403);
        expect(
                "PUT",
                network,
                versioned(
                        network,
                        advisor,
                        "\"title\":\"" + stem + " put\",\"summary\":\"s\","
                                + "\"priority\":\"low\",\"visibility\":\"network\""),
                401,
                403,
                200,
                403,
                403);
        expect(
                "POST",
                network + "/status",
                versioned(network, advisor, "\"status\":\"exploring\""),
                401,
                403,
                200,
                403,
                403);
        expect("POST", network + "/evidence", evidence, 401, 201, 201, 403, 403);
        String networkEvidence = network + "/evidence/" + evidenceId(network, advisor, evidence);
        expect("GET", networkEvidence, null, 404, 200, 200, 200, 200);
        expect("DELETE", networkEvidence, null, 401, 403, 204, 403, 403);

        // A problem of the partnership only: to another partnership it does not exist, whatever is asked of it.
        expect("GET", own, null, 404, 200, 200, 404, 200);
        expect("PATCH", own, versioned(own, advisor, "\"title\":\"" + stem + " patched\""), 401, 403, 200, 404, 403);
        expect(
                "PUT",
                own,
                versioned(
                        own,
                        advisor,
                        "\"title\":\"" + stem + " put\",\"summary\":\"s\","
                                + "\"priority\":\"high\",\"visibility\":\"partnership\""),
                401,
                403,
                200,
                404,
                403);
        expect("POST", own + "/status", versioned(own, advisor, "\"status\":\"exploring\""), 401, 403, 200, 404, 403);
        expect("POST", own + "/evidence", evidence, 401, 201, 201, 404, 403);
        String ownEvidence = own + "/evidence/" + evidenceId(own, advisor, evidence);
        expect("GET", ownEvidence, null, 404, 200, 200, 404, 200);
        expect("DELETE", ownEvidence, null, 401, 403, 204, 404, 403);
        String organisersEvidence = own + "/evidence/" + evidenceId(own, organiser, evidence);
        assertEquals(
                204,
                Http.send("DELETE", organisersEvidence, null, "Authorization", organiser)
                        .statusCode(),
                "an organiser takes back evidence they added");

        String missing = A + "/problems/HMS-9999";
        String body = versioned(own, advisor, "\"title\":\"x\",\"status\":\"co-designing\"");
        for (String[] request : List.of(
                new String[] {"GET", "", null},
                new String[] {"PATCH", "", body},
                new String[] {"PUT", "", body},
                new String[] {"POST", "/status", body},
                new String[] {"POST", "/evidence", evidence},
                new String[] {"GET", "/evidence/1", null},
                new String[] {"DELETE", "/evidence/1", null})) {
            HttpResponse<String> others = Http.send(request[0], own + request[1], request[2], "Authorization", torbay);
            HttpResponse<String> none =
                    Http.send(request[0], missing + request[1], request[2], "Authorization", torbay);
            assertEquals(404, others.statusCode(), request[0] + request[1] + ": " + others.body());
            assertEquals(
                    none.body(), others.body(), request[0] + request[1] + " answers exactly like a missing problem");
        }
        String torbaySearch = Http.get(
                        A + "/search?q=" + java.net.URLEncoder.encode(stem, java.nio.charset.StandardCharsets.UTF_8),
                        "Authorization",
                        torbay)
                .body();
        assertTrue(torbaySearch.contains(network.substring(network.lastIndexOf('/') + 1)), torbaySearch);
        assertFalse(torbaySearch.contains(own.substring(own.lastIndexOf('/') + 1)), torbaySearch);
    }

    /**
     * A's workspace solutions, drafts and all, are its members' and the central team's to read and
     * its tech advisors' to change; to a member of another partnership the whole workspace does not
     * exist (404), whatever is asked of it.
     */
    @Test
    void everySolutionEndpointAnswersEachCallerByRoleAndMembership() throws Exception {
        String a = "hulme-moss-side";
        String solutions = ApiSolutions.solutions(a);
        String draft = ApiSolutions.uniqueSlug("matrix-draft");
        ApiSolutions.draft(a, "advisor-hms", draft);
        String published = ApiSolutions.uniqueSlug("matrix-published");
        ApiSolutions.published(a, "advisor-hms", published);

        expect("GET", solutions, null, 401, 200, 200, 404, 200);
        expect("GET", solutions + "?status=draft,published&sort=-name&page=0&size=5", null, 401, 200, 200, 404, 200);
        expect("GET", solutions + "?status=sold", null, 401, 400, 400, 404, 400);
        expect("GET", solutions + "/" + draft, null, 401, 200, 200, 404, 200);
        expect("GET", solutions + "/" + published + "/revisions", null, 401, 200, 200, 404, 200);
        expect("GET", solutions + "/" + published + "/revisions/1", null, 401, 200, 200, 404, 200);
        String created = ApiSolutions.uniqueSlug("matrix-new");
        expect(
                "POST",
                solutions,
                "{\"slug\":\"" + created + "\",\"name\":\"Made for the matrix\"}",
                401,
                403,
                201,
                404,
                403);

        String draftPath = solutions + "/" + draft;
        expect("PATCH", draftPath, versionedSolution(draftPath, "\"tagline\":\"Patched\""), 401, 403, 200, 404, 403);
        expect("PUT", draftPath, versionedSolution(draftPath, "\"name\":\"Replaced\""), 401, 403, 200, 404, 403);
        String toPublish = ApiSolutions.uniqueSlug("matrix-publish");
        ApiSolutions.draft(a, "advisor-hms", toPublish);
        String publishPath = solutions + "/" + toPublish;
        expect("POST", publishPath + "/publish", versionedSolution(publishPath, null), 401, 403, 200, 404, 403);
        String publishedPath = solutions + "/" + published;
        expect("POST", publishedPath + "/retire", versionedSolution(publishedPath, null), 401, 403, 200, 404, 403);

        // Forks: of a solution torbay published, into A; then torbay changes two fields and publishes again.
        String upstream = ApiSolutions.uniqueSlug("matrix-upstream");
        JsonObject upstreamSolution = ApiSolutions.published("torbay", "advisor-torbay", upstream);
        expect(
                "POST",
                "/api/v1/partnerships/" + a + "/forks",
                ApiSolutions.forkBody("torbay", upstream, "HMS-0001"),
                401,
                403,
                201,
                404,
                403);
        String forkPath = solutions + "/" + upstream;
        JsonObject changed = ApiSolutions.patch(
                "torbay",
                "advisor-torbay",
                upstream,
                ApiSolutions.version(upstreamSolution),
                "\"tagline\":\"New upstream tagline\",\"hosting\":\"Any shared hosting\"");
        ApiSolutions.publish("torbay", "advisor-torbay", upstream, ApiSolutions.version(changed));
        expect(
                "PUT",
                forkPath + "/fork-details",
                versionedSolution(forkPath, "\"problem\":\"HMS-0002\",\"adapted\":\"Bigger print\""),
                401,
                403,
                200,
                404,
                403);
        expect("GET", forkPath + "/upstream", null, 401, 200, 200, 404, 200);
        expect(
                "POST",
                forkPath + "/upstream/tagline/adopt",
                versionedSolution(forkPath, null),
                401,
                403,
                200,
                404,
                403);
        expect("POST", forkPath + "/upstream/hosting/skip", versionedSolution(forkPath, null), 401, 403, 200, 404, 403);
    }

    @Test
    void anotherPartnershipsSolutionAnswersExactlyLikeAMissingOne() throws Exception {
        String a = "hulme-moss-side";
        String draft = ApiSolutions.uniqueSlug("kept-inside");
        long created = ApiSolutions.version(ApiSolutions.draft(a, "advisor-hms", draft));
        String own = ApiSolutions.solution(a, draft);
        String missing = ApiSolutions.solution(a, "no-such-solution");
        String torbay = Tokens.bearer("advisor-torbay");
        String version = "{\"version\":" + created + "}";
        for (String[] request : List.of(
                new String[] {"GET", "", null},
                new String[] {"PATCH", "", "{\"tagline\":\"Mine now\",\"version\":" + created + "}"},
                new String[] {"PUT", "", "{\"name\":\"Mine now\",\"version\":" + created + "}"},
                new String[] {"PUT", "/fork-details", "{\"problem\":\"HMS-0001\",\"version\":" + created + "}"},
                new String[] {"POST", "/publish", version},
                new String[] {"POST", "/retire", version},
                new String[] {"GET", "/revisions", null},
                new String[] {"GET", "/revisions/1", null},
                new String[] {"GET", "/upstream", null},
                new String[] {"POST", "/upstream/tagline/adopt", version},
                new String[] {"POST", "/upstream/tagline/skip", version})) {
            HttpResponse<String> others = Http.send(request[0], own + request[1], request[2], "Authorization", torbay);
            HttpResponse<String> none =
                    Http.send(request[0], missing + request[1], request[2], "Authorization", torbay);
            assertEquals(404, others.statusCode(), request[0] + request[1] + ": " + others.body());
            assertEquals(
                    none.body(), others.body(), request[0] + request[1] + " answers exactly like a missing solution");
            assertFalse(others.body().contains(draft), others.body());
        }
        HttpResponse<String> read = Http.get(own, "Authorization", Tokens.bearer("advisor-hms"));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(
                created, Http.<JsonObject>json(read).getJsonNumber("version").longValue(), "nothing was changed");
    }

    /**
     * The library is the same to everyone, signed in or not, and holds no drafts; a problem's
     * matches are its partnership's, answered like every other members-only read of a problem.
     */
    @Test
    void theLibraryAnswersEveryoneAlikeAndAProblemsMatchesOnlyItsPartnership() throws Exception {
        String library = "/api/v1/library";
        String calendar = library + "/hulme-moss-side/community-events-calendar";
        expect("GET", library, null, 200, 200, 200, 200, 200);
        expect(
                "GET",
                library + "?q=calendar&theme=loneliness&kind=software&maturity=pilot&language=en"
                        + "&licence=AGPL-3.0-or-later&offline=true&sort=name&page=0&size=5",
                null,
                200,
                200,
                200,
                200,
                200);
        expect("GET", library + "?kind=robot", null, 400, 400, 400, 400, 400);
        expect("GET", library + "/facets", null, 200, 200, 200, 200, 200);
        for (String sub : List.of("", "/revisions/1", "/lineage", "/publiccode.yml", "/jsonld")) {
            expect("GET", calendar + sub, null, 200, 200, 200, 200, 200);
            expect("GET", library + "/govan/meals-and-volunteers-board" + sub, null, 404, 404, 404, 404, 404);
        }
        expect("GET", library + "/govan/warm-text-line", null, 200, 200, 200, 200, 200);
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            expect(method, calendar, null, 405, 405, 405, 405, 405);
        }

        expect("GET", A + "/problems/HMS-0001/matches", null, 401, 200, 200, 403, 200);
        expect("GET", A_NETWORK_PROBLEM + "/matches", null, 401, 200, 200, 403, 200);
        expect("GET", A_PRIVATE_PROBLEM + "/matches", null, 401, 200, 200, 404, 200);
        expect("GET", A + "/problems/HMS-9999/matches", null, 401, 404, 404, 404, 404);
        String torbay = Tokens.bearer("advisor-torbay");
        HttpResponse<String> others = Http.get(A_PRIVATE_PROBLEM + "/matches", "Authorization", torbay);
        HttpResponse<String> missing = Http.get(A + "/problems/HMS-9999/matches", "Authorization", torbay);
        assertEquals(missing.body(), others.body(), "another partnership's problem answers like a missing one");
    }

    /** A JSON body with the solution's current version as its advisor read it, and the given members if any. */
    private static String versionedSolution(String solution, String members) throws Exception {
        HttpResponse<String> read = Http.get(solution, "Authorization", Tokens.bearer("advisor-hms"));
        assertEquals(200, read.statusCode(), read.body());
        String version = "\"version\":" + Http.<JsonObject>json(read).getJsonNumber("version");
        return "{" + (members == null ? "" : members + ",") + version + "}";
    }

    private static String raiseAs(String bearer, String title, String visibility) throws Exception {
        HttpResponse<String> created = Http.send(
                "POST",
                A + "/problems",
                "{\"title\":\"" + title + "\",\"summary\":\"Made for the permission matrix\",\"visibility\":\""
                        + visibility + "\"}",
                "Authorization",
                bearer);
        assertEquals(201, created.statusCode(), created.body());
        return Http.<JsonObject>json(created).getString("reference");
    }

    /** A JSON body with the problem's current version, as its editor read it. */
    private static String versioned(String problem, String bearer, String fields) throws Exception {
        HttpResponse<String> read = Http.get(problem, "Authorization", bearer);
        assertEquals(200, read.statusCode(), read.body());
        return "{" + fields + ",\"version\":" + Http.<JsonObject>json(read).getJsonNumber("version") + "}";
    }

    private static long evidenceId(String problem, String bearer, String evidence) throws Exception {
        HttpResponse<String> added = Http.send("POST", problem + "/evidence", evidence, "Authorization", bearer);
        assertEquals(201, added.statusCode(), added.body());
        return Http.<JsonObject>json(added).getJsonNumber("id").longValue();
    }
}
