package org.ctphub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.ctphub.testing.Http;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The public library's pages over the demo network's solutions: no sign-in, no session, no
 * cookie; filters, search and 404s; a solution's page with its card, guide, who runs it and its
 * lineage, its JSON-LD and its publiccode.yml; small enough for a slow connection.
 */
class LibraryPagesIT {

    private static final String CALENDAR = "/library/hulme-moss-side/community-events-calendar";
    private static final String TORBAY_CALENDAR = "/library/torbay/community-events-calendar";
    private static final long PAGE_BUDGET_BYTES = 150 * 1024;

    @Test
    void theLibraryListsPublishedSolutionsToAnyoneWithoutACookie() throws Exception {
        HttpResponse<String> library = Http.get("/library");
        assertEquals(200, library.statusCode());
        for (String name : List.of("What's On", "Meals Tonight", "Safe Check-in", "Device Lending Library")) {
            assertTrue(library.body().contains(name), name);
        }
        assertFalse(library.body().contains("WARM text line"), "a retired solution is not listed");
        assertFalse(
                library.body().contains("/library/govan/meals-and-volunteers-board"),
                "a fork still in draft is not listed");
        assertTrue(library.body().contains("href=\"" + CALENDAR + "\""));
        assertNoCookie(library);
        assertTrue(Http.get("/").body().contains("href=\"/library\""), "the home page leads to it");
    }

    @Test
    void filtersAndSearchNarrowTheListAndBadValuesAreExplained() throws Exception {
        String asylum = Http.get("/library?q=asylum").body();
        assertTrue(asylum.contains("Safe Check-in"));
        assertFalse(asylum.contains("Meals Tonight"));

        String software = Http.get("/library?kind=software&licence=CC-BY-4.0").body();
        assertFalse(software.contains("What's On"), "another licence");
        String loneliness = Http.get("/library?theme=loneliness&sort=name").body();
        assertTrue(loneliness.contains("What's On"));
        assertFalse(loneliness.contains("Safe Check-in"), "filed under migration");

        HttpResponse<String> bad = Http.get("/library?kind=robot");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("kind must be one of software, service-or-practice, hardware, toolkit"));
        assertNoCookie(bad);
        HttpResponse<String> badSort = Http.get("/library?sort=%27%3B+DROP+TABLE");
        assertEquals(400, badSort.statusCode());
        assertTrue(badSort.body().contains("sort must be one of relevance, name, recent"));
        HttpResponse<String> operators = Http.get("/library?q=%2Basylum+-%22check%22*+%40%3E");
        assertEquals(200, operators.statusCode(), "operators are taken as words");
    }

    @Test
    void aSolutionPageHasItsCardGuideLineageAndWhoRunsIt() throws Exception {
        HttpResponse<String> page = Http.get(CALENDAR);
        assertEquals(200, page.statusCode());
        String body = page.body();
        for (String text : List.of(
                "Can we run this?", "How to adopt it", "Partnerships running it", "How it spread", "Revision 2")) {
            assertTrue(body.contains(text), text);
        }
        assertTrue(body.contains("Torbay"), "Torbay forked it");
        assertTrue(body.contains("href=\"" + TORBAY_CALENDAR + "\""), "the lineage links each published fork");
        assertTrue(body.contains("href=\"" + CALENDAR + "/revisions/1\""), "older revisions are linked");
        assertTrue(body.contains("href=\"" + CALENDAR + "/fork\""), "taking it up starts here");
        assertNoCookie(page);

        String fork = Http.get(TORBAY_CALENDAR).body();
        assertTrue(fork.contains("id=\"provenance\""), "a fork says where it came from");
        assertTrue(fork.contains("href=\"" + CALENDAR + "\""));

        HttpResponse<String> older = Http.get(CALENDAR + "/revisions/1");
        assertEquals(200, older.statusCode());
        assertTrue(older.body().contains("id=\"old-revision-notice\""));

        String retired = Http.get("/library/govan/warm-text-line").body();
        assertTrue(retired.contains("id=\"retired-notice\""), "a retired solution keeps its page, marked");
    }

    @Test
    void draftsUnknownSolutionsAndInternalAddressesAre404() throws Exception {
        String missing = Http.get("/library/hulme-moss-side/no-such-solution").body();
        for (String path : List.of(
                "/library/govan/meals-and-volunteers-board", // a fork still in draft
                "/library/no-such-partnership/community-events-calendar",
                "/library/NOT_A_SLUG/x",
                CALENDAR + "/revisions/99",
                "/library-views/index.xhtml",
                "/library-views/solution.xhtml",
                "/library/index.xhtml",
                "/library-publiccode",
                "/library/govan/meals-and-volunteers-board/publiccode.yml")) {
            HttpResponse<String> response = Http.get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("Exception"), path);
            assertNoCookie(response);
        }
        assertEquals(
                missing, Http.get("/library/govan/meals-and-volunteers-board").body(), "a draft looks missing");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonLdAndThePubliccodeYmlParseAndForksSayWhatTheyAreBasedOn() throws Exception {
        JsonObject calendar = jsonLd(Http.get(CALENDAR).body());
        assertEquals("https://schema.org", calendar.getString("@context"));
        assertEquals("SoftwareSourceCode", calendar.getString("@type"));
        assertTrue(calendar.getString("name").startsWith("What's On"));
        assertEquals("https://spdx.org/licenses/AGPL-3.0-or-later.html", calendar.getString("license"));
        assertFalse(calendar.containsKey("isBasedOn"));

        JsonObject fork = jsonLd(Http.get(TORBAY_CALENDAR).body());
        assertTrue(fork.getJsonObject("isBasedOn").getString("url").endsWith(CALENDAR));

        HttpResponse<String> yml = Http.get(CALENDAR + "/publiccode.yml");
        assertEquals(200, yml.statusCode());
        assertTrue(yml.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        assertTrue(yml.headers().firstValue("Content-Disposition").orElse("").contains("publiccode.yml"));
        assertNoCookie(yml);
        Map<String, Object> code = new Yaml().load(yml.body());
        assertEquals("0.4", code.get("publiccodeYmlVersion"));
        assertTrue(((String) code.get("name")).startsWith("What's On"));
        assertEquals("AGPL-3.0-or-later", ((Map<String, Object>) code.get("legal")).get("license"));

        Map<String, Object> forkCode =
                new Yaml().load(Http.get(TORBAY_CALENDAR + "/publiccode.yml").body());
        List<String> basedOn = (List<String>) forkCode.get("isBasedOn");
        assertEquals(1, basedOn.size());
        assertTrue(basedOn.get(0).endsWith(CALENDAR));
    }

    @Test
    void libraryPagesAreCompressedAndWithinThePublicPageBudget() throws Exception {
        for (String path : List.of("/library", CALENDAR)) {
            HttpResponse<byte[]> page = Http.getBytes(path, "Accept-Encoding", "gzip");
            assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""), path);
            HttpResponse<byte[]> css = Http.getBytes("/static/hub.css", "Accept-Encoding", "gzip");
            long firstView = page.body().length + css.body().length;
            assertTrue(firstView < PAGE_BUDGET_BYTES, path + " weighs " + firstView + " bytes compressed");
            String html = new String(
                    new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(html.contains("<script src"), path + " loads no script");
        }
    }

    @Test
    void welshReadersGetTheLibraryInWelsh() throws Exception {
        String library = Http.get("/library", "Accept-Language", "cy").body();
        assertTrue(library.contains("Llyfrgell atebion"));
        String calendar = Http.get(CALENDAR, "Accept-Language", "cy").body();
        assertTrue(calendar.contains("Allwn ni redeg hwn?"));
    }

    private static JsonObject jsonLd(String html) {
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(script.find(), "the page carries JSON-LD");
        return Json.createReader(new StringReader(script.group(1))).readObject();
    }

    private static void assertNoCookie(HttpResponse<?> response) {
        assertEquals(
                List.of(),
                response.headers().allValues("Set-Cookie"),
                response.uri().toString());
    }
}
