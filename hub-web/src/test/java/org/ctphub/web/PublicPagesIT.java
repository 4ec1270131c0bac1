package org.ctphub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.ctphub.testing.Fixtures;
import org.ctphub.testing.Fixtures.TestPartnership;
import org.ctphub.testing.Http;
import org.junit.jupiter.api.Test;

/** Public pages: readable without signing in, and they leave nothing behind (no session, no cookie). */
class PublicPagesIT {

    @Test
    void theHomePageListsThePartnershipsWithoutSettingACookie() throws Exception {
        HttpResponse<String> home = Http.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (String name : List.of("Hulme and Moss Side", "Torbay", "Merthyr Tudful", "Govan")) {
            assertTrue(home.body().contains(name), name);
        }
        assertTrue(home.body().contains("href=\"/p/torbay\""));
        assertNoCookieOrSession(home);
    }

    @Test
    void aPartnershipPageShowsItsPublicProblemsOnly() throws Exception {
        HttpResponse<String> torbay = Http.get("/p/torbay");
        assertEquals(200, torbay.statusCode());
        assertTrue(torbay.body().contains("Lonely older people out of season"));
        assertFalse(torbay.body().contains("Volunteer drivers are hard to coordinate"), "a network-only problem");
        assertNoCookieOrSession(torbay);
    }

    @Test
    void aPartnershipPageNeverShowsAnotherPartnershipsProblems() throws Exception {
        TestPartnership a = Fixtures.partnership("page-a", "ISO");
        TestPartnership b = Fixtures.partnership("page-b", "ISO");
        Fixtures.problem(a, "ISO-0001", "Only in A", "PUBLIC");
        Fixtures.problem(b, "ISO-0001", "Only in B", "PUBLIC");
        String page = Http.get("/p/" + a.slug()).body();
        assertTrue(page.contains("Only in A"));
        assertFalse(page.contains("Only in B"));
    }

    @Test
    void aPublicProblemHasItsOwnPageAndNothingElseDoes() throws Exception {
        HttpResponse<String> list = Http.get("/p/torbay");
        assertTrue(list.body().contains("href=\"/p/torbay/problems/TOR-0001\""), "the list links each problem");

        HttpResponse<String> open = Http.get("/p/torbay/problems/TOR-0001");
        assertEquals(200, open.statusCode());
        assertTrue(open.body().contains("Lonely older people out of season"));
        assertTrue(open.body().contains("class=\"timeline\""), "its status history");
        assertFalse(open.body().contains("Open in the workspace"));
        assertNoCookieOrSession(open);

        // Shared with the network (TOR-0003, TOR-0005) or kept in the partnership (TOR-0004): to the
        // public exactly like a problem that does not exist.
        String missing = Http.get("/p/torbay/problems/TOR-9999").body();
        for (String hidden : List.of("TOR-0003", "TOR-0005", "TOR-0004", "tor-0001", "TOR-1")) {
            HttpResponse<String> response = Http.get("/p/torbay/problems/" + hidden);
            assertEquals(404, response.statusCode(), hidden);
            assertEquals(missing, response.body(), hidden);
            assertNoCookieOrSession(response);
        }
        assertEquals(404, Http.get("/p/hulme-moss-side/problems/TOR-0001").statusCode(), "another partnership's");
    }

    @Test
    void unknownPartnershipsAndRawViewAddressesAre404() throws Exception {
        for (String path : List.of(
                "/p/no-such-partnership",
                "/p/NOT_A_SLUG",
                "/index.xhtml",
                "/p/partnership.xhtml",
                "/p/problem.xhtml",
                "/WEB-INF/web.xml")) {
            HttpResponse<String> response = Http.get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("Exception"), path);
            assertNoCookieOrSession(response);
        }
    }

    @Test
    void aPartnershipStillOnboardingIsNotPublicYet() throws Exception {
        TestPartnership onboarding = Fixtures.partnership("onboarding", "ONB", "ONBOARDING");
        Fixtures.problem(onboarding, "ONB-0001", "Not ready to be seen", "PUBLIC");
        assertEquals(404, Http.get("/p/" + onboarding.slug()).statusCode());
        assertEquals(404, Http.get("/api/v1/partnerships/" + onboarding.slug()).statusCode());
        assertEquals(
                404,
                Http.get("/api/v1/partnerships/" + onboarding.slug() + "/problems")
                        .statusCode());
        assertEquals(
                404,
                Http.get("/api/v1/partnerships/" + onboarding.slug() + "/problems/ONB-0001")
                        .statusCode());
        assertFalse(Http.get("/").body().contains(onboarding.slug()));
        assertFalse(Http.get("/api/v1/partnerships").body().contains(onboarding.slug()));
    }

    @Test
    void aClosedPartnershipSaysSoOnItsPage() throws Exception {
        TestPartnership closed = Fixtures.partnership("closed", "CLS", "CLOSED");
        HttpResponse<String> page = Http.get("/p/" + closed.slug());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("This partnership has closed."), page.body());
    }

    @Test
    void welshReadersGetWelsh() throws Exception {
        HttpResponse<String> home = Http.get("/", "Accept-Language", "cy");
        assertTrue(home.body().contains("lang=\"cy\""));
        assertTrue(home.body().contains("Partneriaethau yn y rhwydwaith"));
        HttpResponse<String> merthyr = Http.get("/p/merthyr-tydfil", "Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5");
        assertTrue(merthyr.body().contains("Partneriaeth ddwyieithog"), "the Welsh profile");
    }

    @Test
    void pagesAreCompressedForSlowConnections() throws Exception {
        HttpResponse<byte[]> home = Http.getBytes("/", "Accept-Encoding", "gzip");
        assertEquals("gzip", home.headers().firstValue("Content-Encoding").orElse(""));
        HttpResponse<byte[]> css = Http.getBytes("/static/hub.css", "Accept-Encoding", "gzip");
        assertEquals(200, css.statusCode());
        assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(""));
    }

    private static void assertNoCookieOrSession(HttpResponse<?> response) {
        assertEquals(
                List.of(),
                response.headers().allValues("Set-Cookie"),
                response.uri().toString());
    }
}
