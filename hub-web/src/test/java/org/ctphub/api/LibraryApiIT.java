package org.ctphub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.testing.DemoUsers;
import org.ctphub.testing.Http;
import org.ctphub.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The public library's API over the demo network's solutions, black box: no token, no session and
 * no cookie; the list, each filter, search and paging; a solution with its history, upstream and
 * who runs it, never who published; lineage across three generations; drafts answering exactly
 * like missing solutions; the publiccode.yml and JSON-LD the pages offer; and a problem's matches
 * for its partnership. Other tests publish solutions of their own, so lists are checked for what
 * the demo network holds and for what each filter promises, never for exact totals.
 */
class LibraryApiIT {

    private static final String LIBRARY = "/api/v1/library";
    private static final String CALENDAR = LIBRARY + "/hulme-moss-side/community-events-calendar";
    private static final String TORBAY_CALENDAR = LIBRARY + "/torbay/community-events-calendar";
    private static final String MERTHYR_CALENDAR = LIBRARY + "/merthyr-tydfil/community-events-calendar";
    private static final String GOVAN_CALENDAR = LIBRARY + "/govan/community-events-calendar";
    private static final String DRAFT_FORK = LIBRARY + "/govan/meals-and-volunteers-board";
    private static final String RETIRED = LIBRARY + "/govan/warm-text-line";
    private static final String SAFE_CHECK_IN = LIBRARY + "/merthyr-tydfil/safe-check-in";
    private static final String HMS_PROBLEMS = "/api/v1/partnerships/hulme-moss-side/problems/";

    @Test
    void theListShowsPublishedSolutionsToAnyoneWithoutACookie() throws Exception {
        HttpResponse<String> response = get(LIBRARY + "?size=100");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject page = Http.json(response);
        Map<String, JsonObject> entries = byAddress(page);
        for (String listed : List.of(CALENDAR, TORBAY_CALENDAR, MERTHYR_CALENDAR, GOVAN_CALENDAR, SAFE_CHECK_IN)) {
            assertTrue(entries.containsKey(listed), listed + " is listed: " + entries.keySet());
        }
        assertFalse(entries.containsKey(DRAFT_FORK), "a draft fork is not listed");
        assertFalse(entries.containsKey(RETIRED), "a retired solution is not listed");

        JsonObject calendar = entries.get(CALENDAR);
        assertEquals("hulme-moss-side", calendar.getString("partnership"));
        assertEquals("Hulme and Moss Side Community Technology Partnership", calendar.getString("partnershipName"));
        assertTrue(calendar.getString("name").startsWith("What's On"), calendar.toString());
        assertEquals("software", calendar.getString("kind"));
        assertEquals("pilot", calendar.getString("maturity"));
        assertEquals("AGPL-3.0-or-later", calendar.getString("licence"));
        assertEquals("works-offline", calendar.getString("connectivity"));
        assertEquals(27, calendar.getInt("monthlyCostPounds"), "revision 2's cost");
        assertEquals(2, calendar.getInt("latestRevision"));
        assertEquals("published", calendar.getString("status"));
        assertFalse(calendar.getBoolean("fork"));
        assertEquals(2, calendar.getJsonNumber("forks").longValue(), "forked by torbay and govan");
        assertEquals(List.of("en"), strings(calendar, "languages"));
        JsonObject loneliness = calendar.getJsonArray("themes").getJsonObject(0);
        assertEquals("loneliness", loneliness.getString("id"));
        assertFalse(loneliness.getString("en").isBlank(), "named in English");
        assertFalse(loneliness.getString("cy").isBlank(), "and in Welsh");
        assertTrue(calendar.getString("page").endsWith("/library/hulme-moss-side/community-events-calendar"));
        assertTrue(calendar.getString("self").endsWith(CALENDAR), calendar.getString("self"));
        assertEquals(200, get(calendar.getString("page")).statusCode(), "the page is where it says");
        assertEquals(200, get(calendar.getString("self")).statusCode(), "and so is the solution");
        assertTrue(entries.get(TORBAY_CALENDAR).getBoolean("fork"));
    }

    @Test
    void eachFilterKeepsOnlyWhatItNames() throws Exception {
        assertEvery("theme=loneliness", e -> themeIds(e).contains("loneliness"), CALENDAR, GOVAN_CALENDAR);
        assertFalse(addresses(LIBRARY + "?theme=loneliness&size=100").contains(SAFE_CHECK_IN), "filed elsewhere");
        assertEvery(
                "kind=service-or-practice",
                e -> e.getString("kind").equals("service-or-practice"),
                LIBRARY + "/govan/device-lending-library");
        assertEvery("maturity=in-use", e -> e.getString("maturity").equals("in-use"), LIBRARY + "/torbay/lift-rota");
        assertEvery("language=ckb", e -> strings(e, "languages").contains("ckb"), SAFE_CHECK_IN);
        assertEvery(
                "licence=CC-BY-4.0",
                e -> e.getString("licence").equals("CC-BY-4.0"),
                LIBRARY + "/govan/device-lending-library");
        assertEvery(
                "offline=true",
                e -> Set.of("works-offline", "low-bandwidth").contains(e.getString("connectivity")),
                CALENDAR,
                SAFE_CHECK_IN);
        assertEvery(
                "theme=migration&kind=software&language=ckb&offline=true&sort=name",
                e -> themeIds(e).contains("migration")
                        && strings(e, "languages").contains("ckb"),
                SAFE_CHECK_IN);
        assertEquals(
                0,
                page("kind=hardware&theme=welsh-language")
                        .getJsonNumber("total")
                        .longValue());
    }

    @Test
    void searchFindsSafeCheckInAndTakesOperatorsAsWords() throws Exception {
        List<String> asylum = addresses(LIBRARY + "?q=asylum&size=100");
        assertTrue(asylum.contains(SAFE_CHECK_IN), asylum.toString());
        assertFalse(asylum.contains(CALENDAR), asylum.toString());
        HttpResponse<String> operators = get(LIBRARY + "?q=" + encode("+asylum -\"check\"* @>"));
        assertEquals(200, operators.statusCode(), operators.body());
    }

    @Test
    void pagesAddUpToTheSameTotal() throws Exception {
        JsonObject first = page("size=2&page=0&sort=name");
        JsonObject second = page("size=2&page=1&sort=name");
        long total = first.getJsonNumber("total").longValue();
        assertTrue(total >= 8, "the demo network alone publishes 8 listed solutions: " + total);
        assertEquals(total, second.getJsonNumber("total").longValue());
        assertEquals(2, first.getInt("size"));
        assertEquals(2, first.getJsonArray("items").size());
        assertEquals(1, second.getInt("page"));
        assertTrue(first.getBoolean("hasNext"));
        List<String> firstAddresses = addresses(first);
        for (String address : addresses(second)) {
            assertFalse(firstAddresses.contains(address), "no solution on two pages: " + address);
        }
        JsonObject beyond = page("size=100&page=" + (total / 100 + 1));
        assertEquals(List.of(), addresses(beyond));
        assertFalse(beyond.getBoolean("hasNext"));
    }

    @Test
    void badParametersAnswer400NamingTheParameter() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("kind=robot", "kind");
        cases.put("maturity=ancient", "maturity");
        cases.put("sort=x", "sort");
        cases.put("sort=" + encode("'; DROP TABLE"), "sort");
        cases.put("size=1000", "size");
        cases.put("size=0", "size");
        cases.put("page=-1", "page");
        cases.put("page=two", "page");
        cases.put("theme=" + encode("NOT VALID"), "theme");
        cases.put("language=english", "language");
        cases.put("licence=" + encode("not a licence"), "licence");
        cases.put("offline=maybe", "offline");
        cases.put("q=" + "x".repeat(1001), "q");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> response = get(LIBRARY + "?" + c.getKey());
            assertEquals(400, response.statusCode(), c.getKey() + " -> " + response.body());
            assertTrue(
                    response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    c.getKey());
            JsonObject error =
                    Http.<JsonObject>json(response).getJsonArray("errors").getJsonObject(0);
            assertEquals(c.getValue(), error.getString("field"), c.getKey() + " -> " + response.body());
            assertFalse(error.getString("message").isBlank());
        }
        String kind = get(LIBRARY + "?kind=robot").body();
        assertTrue(kind.contains("software, service-or-practice, hardware, toolkit"), kind);
    }

    @Test
    void aSolutionHasEveryFieldItsHistoryAndWhoRunsItButNeverWhoPublished() throws Exception {
        HttpResponse<String> response = get(CALENDAR);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject calendar = Http.json(response);
        assertEquals("hulme-moss-side", calendar.getString("partnership"));
        assertEquals("community-events-calendar", calendar.getString("slug"));
        assertEquals("published", calendar.getString("status"));
        assertEquals(2, calendar.getInt("latestRevision"));
        JsonObject revision = calendar.getJsonObject("revision");
        assertEquals(2, revision.getInt("revision"));
        assertTrue(revision.getString("name").startsWith("What's On"));
        assertEquals(27, revision.getInt("monthlyCostPounds"));
        assertEquals("meets-wcag-2-2-aa", revision.getString("accessibility"));
        assertTrue(revision.getString("descriptionHtml").contains("<strong>"), "rendered");
        assertFalse(revision.getString("adoptionGuide").isBlank());
        assertFalse(revision.getString("hosting").isBlank());
        assertEquals("contact-details", revision.getString("personalData"));
        assertFalse(calendar.containsKey("upstream"), "the root forks nothing");
        assertEquals(
                List.of(
                        "Hulme and Moss Side Community Technology Partnership",
                        "Torbay Community Technology Partnership",
                        "Govan Community Technology Partnership"),
                strings(calendar, "partnershipsRunningIt"));
        JsonArray history = calendar.getJsonArray("history");
        assertEquals(2, history.size());
        assertEquals(2, history.getJsonObject(0).getInt("revision"), "newest first");
        assertEquals(
                Set.of("revision", "publishedAt", "self"),
                history.getJsonObject(0).keySet());
        assertTrue(history.getJsonObject(1).getString("self").endsWith(CALENDAR + "/revisions/1"));

        // Who published is the partnership's to know: its own API says, the library never does.
        String publisher = Http.<JsonObject>json(Http.get(
                        "/api/v1/partnerships/hulme-moss-side/solutions/community-events-calendar/revisions/2",
                        "Authorization",
                        Tokens.bearer(DemoUsers.ADVISOR_HMS)))
                .getString("publishedBy");
        assertFalse(publisher.isBlank());
        for (String path : List.of(
                CALENDAR, CALENDAR + "/revisions/1", CALENDAR + "/lineage", LIBRARY + "?size=100", TORBAY_CALENDAR)) {
            String body = get(path).body();
            assertFalse(body.contains("publishedBy"), path);
            assertFalse(body.contains(publisher), path + " names who published");
        }

        JsonObject links = calendar.getJsonObject("links");
        assertTrue(links.getString("self").endsWith(CALENDAR));
        assertTrue(links.getString("page").endsWith("/library/hulme-moss-side/community-events-calendar"));
        assertTrue(links.getString("lineage").endsWith(CALENDAR + "/lineage"));
        assertTrue(links.getString("publiccode").endsWith(CALENDAR + "/publiccode.yml"));
        assertTrue(links.getString("jsonLd").endsWith(CALENDAR + "/jsonld"));
        for (String link : List.of("self", "page", "lineage", "publiccode", "jsonLd")) {
            assertEquals(200, get(links.getString(link)).statusCode(), link);
        }

        JsonObject first = Http.json(get(CALENDAR + "/revisions/1"));
        assertEquals(1, first.getJsonObject("revision").getInt("revision"));
        assertEquals(2, first.getInt("latestRevision"));
        assertEquals(18, first.getJsonObject("revision").getInt("monthlyCostPounds"), "revision 1's cost");
        assertTrue(first.getJsonObject("links").getString("self").endsWith(CALENDAR + "/revisions/1"));
        assertEquals(calendar.getJsonArray("history"), first.getJsonArray("history"));
    }

    @Test
    void aForkNamesItsUpstreamAndARetiredSolutionKeepsItsPage() throws Exception {
        JsonObject merthyr = Http.json(get(MERTHYR_CALENDAR));
        JsonObject upstream = merthyr.getJsonObject("upstream");
        assertEquals("torbay", upstream.getString("partnership"));
        assertEquals("community-events-calendar", upstream.getString("solution"));
        assertEquals("Torbay Community Technology Partnership", upstream.getString("partnershipName"));
        assertTrue(upstream.getString("name").startsWith("Bay What's On"), upstream.toString());
        assertEquals(1, upstream.getInt("forkedFromRevision"));
        assertEquals("published", upstream.getString("status"));

        HttpResponse<String> retired = get(RETIRED);
        assertEquals(200, retired.statusCode(), retired.body());
        JsonObject warm = Http.json(retired);
        assertEquals("retired", warm.getString("status"));
        assertEquals(2, warm.getInt("latestRevision"));
        assertFalse(addresses(LIBRARY + "?q=WARM&size=100").contains(RETIRED), "not listed, even when searched");
    }

    @Test
    void theLineageRunsThreeGenerations() throws Exception {
        JsonObject lineage = Http.json(get(MERTHYR_CALENDAR + "/lineage"));
        assertEquals(3, lineage.getInt("depth"));
        assertEquals(4, lineage.getInt("size"));
        JsonObject root = lineage.getJsonObject("root");
        assertEquals("hulme-moss-side", root.getString("partnership"));
        assertEquals("community-events-calendar", root.getString("solution"));
        assertEquals("published", root.getString("state"));
        assertEquals(2, root.getInt("latestRevision"));
        assertFalse(root.containsKey("forkedFromRevision"));
        assertFalse(root.getBoolean("focus"));
        assertTrue(root.getString("page").endsWith("/library/hulme-moss-side/community-events-calendar"));
        JsonArray forks = root.getJsonArray("forks");
        assertEquals(
                List.of("torbay", "govan"),
                forks.getValuesAs(JsonObject.class).stream()
                        .map(f -> f.getString("partnership"))
                        .toList(),
                "oldest first");
        JsonObject torbay = forks.getJsonObject(0);
        assertEquals(1, torbay.getInt("forkedFromRevision"));
        JsonObject merthyr = torbay.getJsonArray("forks").getJsonObject(0);
        assertEquals("merthyr-tydfil", merthyr.getString("partnership"));
        assertTrue(merthyr.getBoolean("focus"), "the solution asked about");
        assertEquals(1, merthyr.getInt("forkedFromRevision"));
        assertEquals(List.of(), merthyr.getJsonArray("forks"));

        JsonObject same = Http.json(get(CALENDAR + "/lineage"));
        assertTrue(same.getJsonObject("root").getBoolean("focus"));
        assertEquals(lineage.getInt("size"), same.getInt("size"), "one tree, whichever solution is asked about");

        // A draft fork appears as in progress, naming its partnership only.
        JsonObject meals = Http.json(get(LIBRARY + "/hulme-moss-side/meals-and-volunteers-board/lineage"));
        JsonObject inProgress =
                meals.getJsonObject("root").getJsonArray("forks").getJsonObject(0);
        assertEquals("in-progress", inProgress.getString("state"));
        assertEquals("govan", inProgress.getString("partnership"));
        assertEquals(
                Set.of(
                        "partnership",
                        "partnershipName",
                        "state",
                        "latestRevision",
                        "forkedFromRevision",
                        "focus",
                        "forks"),
                inProgress.keySet());
        assertFalse(meals.toString().contains("Surplus Food"), "a draft's name is its partnership's");
    }

    @Test
    void draftsAndUnknownSolutionsAnswerExactlyLikeMissingOnes() throws Exception {
        HttpResponse<String> missing = get(LIBRARY + "/hulme-moss-side/no-such-solution");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        List<String> paths = new ArrayList<>();
        for (String solution : List.of(
                DRAFT_FORK,
                LIBRARY + "/hulme-moss-side/device-lending-library", // a draft fork too
                LIBRARY + "/no-such-partnership/community-events-calendar",
                LIBRARY + "/NOT_A_SLUG/x",
                LIBRARY + "/hulme-moss-side/no-such-solution")) {
            for (String sub : List.of("", "/revisions/1", "/lineage", "/publiccode.yml", "/jsonld")) {
                paths.add(solution + sub);
            }
        }
        paths.addAll(List.of(CALENDAR + "/revisions/99", CALENDAR + "/revisions/0", CALENDAR + "/revisions/x"));
        for (String path : paths) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path + " -> " + response.body());
            assertEquals(missing.body(), response.body(), path + " answers exactly like a missing solution");
            assertNoCookie(response);
        }
        // Signed in as the draft's own partnership changes nothing: the library holds what is published.
        HttpResponse<String> own = Http.get(DRAFT_FORK, "Authorization", Tokens.bearer(DemoUsers.ADVISOR_GOVAN));
        assertEquals(404, own.statusCode());
        assertEquals(missing.body(), own.body());
    }

    @Test
    void noLibraryAnswerSetsACookie() throws Exception {
        for (String path : List.of(
                LIBRARY,
                LIBRARY + "?q=calendar",
                LIBRARY + "/facets",
                LIBRARY + "?kind=robot",
                CALENDAR,
                CALENDAR + "/revisions/1",
                CALENDAR + "/lineage",
                CALENDAR + "/publiccode.yml",
                CALENDAR + "/jsonld",
                RETIRED,
                DRAFT_FORK)) {
            HttpResponse<String> response = get(path);
            assertTrue(response.statusCode() < 500, path + " -> " + response.statusCode());
            assertNoCookie(response);
            HttpResponse<String> signedIn = Http.get(path, "Authorization", Tokens.bearer(DemoUsers.ADVISOR_HMS));
            assertEquals(response.statusCode(), signedIn.statusCode(), path + ": a token changes nothing");
            assertNoCookie(signedIn);
        }
    }

    @Test
    void theFacetsOfferWhatPublishedSolutionsHold() throws Exception {
        HttpResponse<String> response = get(LIBRARY + "/facets");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject facets = Http.json(response);
        List<String> themes = facets.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("id"))
                .toList();
        assertTrue(themes.containsAll(List.of("loneliness", "migration", "welsh-language")), themes.toString());
        assertTrue(strings(facets, "languages").containsAll(List.of("cy", "ckb")));
        assertTrue(strings(facets, "licences").containsAll(List.of("AGPL-3.0-or-later", "CC-BY-4.0")));
        assertEquals(List.of("software", "service-or-practice", "hardware", "toolkit"), strings(facets, "kinds"));
        assertEquals(List.of("relevance", "name", "recent"), strings(facets, "sorts"));
        for (String maturity : strings(facets, "maturities")) {
            assertEquals(200, get(LIBRARY + "?maturity=" + maturity).statusCode(), maturity);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePubliccodeYmlAndJsonLdParseAndAreThePagesOwn() throws Exception {
        HttpResponse<String> yml = get(CALENDAR + "/publiccode.yml");
        assertEquals(200, yml.statusCode(), yml.body());
        assertTrue(yml.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        Map<String, Object> code = new Yaml().load(yml.body());
        assertEquals("0.4", code.get("publiccodeYmlVersion"));
        assertTrue(((String) code.get("name")).startsWith("What's On"));
        assertFalse(code.containsKey("isBasedOn"), "the root is based on nothing");
        assertEquals(
                get("/library/hulme-moss-side/community-events-calendar/publiccode.yml")
                        .body(),
                yml.body(),
                "the same file as the page's download");

        Map<String, Object> fork =
                new Yaml().load(get(TORBAY_CALENDAR + "/publiccode.yml").body());
        List<String> basedOn = (List<String>) fork.get("isBasedOn");
        assertEquals(1, basedOn.size());
        assertTrue(basedOn.get(0).endsWith("/library/hulme-moss-side/community-events-calendar"), basedOn.get(0));

        HttpResponse<String> ld = get(CALENDAR + "/jsonld");
        assertEquals(200, ld.statusCode(), ld.body());
        assertTrue(ld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        JsonObject calendar = parse(ld.body());
        assertEquals("https://schema.org", calendar.getString("@context"));
        assertEquals("SoftwareSourceCode", calendar.getString("@type"));
        assertEquals("2", calendar.getString("version"));
        assertFalse(calendar.containsKey("isBasedOn"));
        assertEquals(
                parse(pageJsonLd(get("/library/hulme-moss-side/community-events-calendar")
                        .body())),
                calendar,
                "the same JSON-LD as the page carries");
        JsonObject torbay = parse(get(TORBAY_CALENDAR + "/jsonld").body());
        assertTrue(torbay.getJsonObject("isBasedOn")
                .getString("url")
                .endsWith("/library/hulme-moss-side/community-events-calendar"));
    }

    @Test
    void aProblemsMatchesAreForItsPartnershipAndNeverCountFewerThanThree() throws Exception {
        HttpResponse<String> response =
                Http.get(HMS_PROBLEMS + "HMS-0001/matches", "Authorization", Tokens.bearer(DemoUsers.ADVISOR_HMS));
        assertEquals(200, response.statusCode(), response.body());
        assertNoCookie(response);
        JsonObject matches = Http.json(response);
        JsonArray solutions = matches.getJsonArray("solutions");
        assertFalse(solutions.isEmpty(), "loneliness and digital inclusion have solutions: " + matches);
        assertTrue(solutions.size() <= 5);
        JsonObject best = solutions.getJsonObject(0);
        assertTrue(
                themeIds(best).contains("loneliness") || themeIds(best).contains("digital-inclusion"),
                "a shared theme first: " + best);
        assertEquals("published", best.getString("status"));
        assertEquals(200, get(best.getString("self")).statusCode(), "each suggestion is in the library");
        // Torbay, Merthyr Tydfil and Govan logged loneliness problems visible to the network.
        JsonObject lonely = matches.getJsonObject("similarElsewhere");
        assertEquals(Set.of("count"), lonely.keySet(), lonely.toString());
        assertTrue(lonely.getJsonNumber("count").longValue() >= 3);

        // Young people with nowhere to go: no other partnership shares it with the network.
        JsonObject few = Http.<JsonObject>json(Http.get(
                        HMS_PROBLEMS + "HMS-0005/matches", "Authorization", Tokens.bearer(DemoUsers.ORGANISER_HMS)))
                .getJsonObject("similarElsewhere");
        assertEquals(Set.of("fewerThan"), few.keySet(), "never the number under 3: " + few);
        assertEquals(3, few.getInt("fewerThan"));

        assertEquals(401, get(HMS_PROBLEMS + "HMS-0001/matches").statusCode());
        String torbay = Tokens.bearer(DemoUsers.ADVISOR_TORBAY);
        HttpResponse<String> others = Http.get(HMS_PROBLEMS + "HMS-0004/matches", "Authorization", torbay);
        HttpResponse<String> none = Http.get(HMS_PROBLEMS + "HMS-9999/matches", "Authorization", torbay);
        assertEquals(404, others.statusCode(), others.body());
        assertEquals(none.body(), others.body(), "another partnership's problem answers like a missing one");
        assertEquals(
                403,
                Http.get(HMS_PROBLEMS + "HMS-0003/matches", "Authorization", torbay)
                        .statusCode(),
                "a problem shared with the network may be read, but its matches are the partnership's");
        assertEquals(
                200,
                Http.get(HMS_PROBLEMS + "HMS-0004/matches", "Authorization", Tokens.bearer(DemoUsers.CENTRAL))
                        .statusCode());
        HttpResponse<String> named = Http.get(
                HMS_PROBLEMS + "HMS-0004/matches",
                "Authorization",
                Tokens.bearer(DemoUsers.ADVISOR_HMS),
                "X-Partnership",
                "torbay");
        assertEquals(200, named.statusCode(), "a header naming another partnership changes nothing");
        assertNotEquals(others.body(), named.body());
    }

    // --- helpers

    private static HttpResponse<String> get(String pathOrUrl) throws Exception {
        return Http.get(pathOrUrl.startsWith("http") ? pathOf(pathOrUrl) : pathOrUrl);
    }

    /** The path and query of an absolute address the API gave, so that the test asks the hub under test. */
    private static String pathOf(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static JsonObject page(String query) throws Exception {
        HttpResponse<String> response = get(LIBRARY + "?" + query);
        assertEquals(200, response.statusCode(), query + " -> " + response.body());
        assertNoCookie(response);
        return Http.json(response);
    }

    /** Every solution the filter lists satisfies it, and the demo network's named ones are among them. */
    private static void assertEvery(String query, java.util.function.Predicate<JsonObject> holds, String... expected)
            throws Exception {
        JsonObject page = page(query + "&size=100");
        Map<String, JsonObject> entries = byAddress(page);
        for (Map.Entry<String, JsonObject> entry : entries.entrySet()) {
            assertTrue(holds.test(entry.getValue()), query + " lists " + entry.getKey() + ": " + entry.getValue());
        }
        for (String address : expected) {
            assertTrue(entries.containsKey(address), query + " lists " + address + ": " + entries.keySet());
        }
        assertEquals(entries.size(), page.getJsonNumber("total").longValue(), query + ": the total counts them");
    }

    private static List<String> addresses(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + " -> " + response.body());
        return addresses(Http.<JsonObject>json(response));
    }

    private static List<String> addresses(JsonObject page) {
        return List.copyOf(byAddress(page).keySet());
    }

    /** The page's entries by their address in this API, e.g. {@code /api/v1/library/govan/warm-text-line}. */
    private static Map<String, JsonObject> byAddress(JsonObject page) {
        Map<String, JsonObject> entries = new LinkedHashMap<>();
        for (JsonObject entry : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            entries.put(LIBRARY + "/" + entry.getString("partnership") + "/" + entry.getString("slug"), entry);
        }
        return entries;
    }

    private static List<String> themeIds(JsonObject entry) {
        return entry.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("id"))
                .toList();
    }

    private static List<String> strings(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String pageJsonLd(String html) {
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(script.find(), "the page carries JSON-LD");
        return script.group(1);
    }

    private static void assertNoCookie(HttpResponse<?> response) {
        assertEquals(
                List.of(),
                response.headers().allValues("Set-Cookie"),
                response.uri().toString());
    }
}
