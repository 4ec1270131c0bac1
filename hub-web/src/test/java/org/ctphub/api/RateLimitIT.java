package org.ctphub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.testing.Browser;
import org.ctphub.testing.DemoUsers;
import org.ctphub.testing.Http;
import org.ctphub.testing.TestHub;
import org.ctphub.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Searching is limited per caller, through the API and on pages alike, and so is forking. The
 * shared hub runs with the limits failsafe gives it: bursts no other test comes near, refilled
 * slowly, so that a limit reached stays reached while a test looks at it. Each test here searches
 * or forks as a demo user no other test searches or forks as ({@link DemoUsers#ADVISOR_GOVAN},
 * {@link DemoUsers#ORGANISER_TORBAY}), so only these callers reach the limit, in whatever order
 * the tests run.
 */
class RateLimitIT {

    private static final String GOVAN = "/api/v1/partnerships/govan";
    private static final String SEARCH = GOVAN + "/search?q=meals";
    private static final String PAGES = "p/torbay/workspace";

    private static final Pattern TRY_AGAIN = Pattern.compile("Try again in (\\d+) seconds?\\.");

    @Test
    void aCallerOverTheSearchLimitGets429WhileOthersAreStillServed() throws Exception {
        int burst = burst();
        int perMinute = Integer.parseInt(TestHub.env("CTPHUB_RATE_LIMIT_SEARCH_PER_MINUTE"));
        String bearer = Tokens.bearer(DemoUsers.ADVISOR_GOVAN);

        int served = 0;
        HttpResponse<String> refused = null;
        long started = System.nanoTime();
        while (refused == null && served <= 2 * burst) {
            HttpResponse<String> response = Http.get(SEARCH, "Authorization", bearer);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(200, response.statusCode(), response.body());
                served++;
            }
        }
        assertNotNull(refused, "still served after " + served + " searches");
        assertTrue(served >= burst, "the whole burst of " + burst + " is served first, not " + served);
        long refilled = (System.nanoTime() - started) * perMinute / 60_000_000_000L + 1;
        assertTrue(served <= burst + refilled, "then only what the slow refill adds, not " + served);

        long secondsPerSearch = (60 + perMinute - 1) / perMinute;
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= secondsPerSearch, "Retry-After: " + retryAfter);
        assertTrue(
                refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"),
                refused.headers().toString());
        assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElseThrow());
        JsonObject problem = Http.json(refused);
        assertEquals(429, problem.getInt("status"));
        assertEquals("Too Many Requests", problem.getString("title"));
        assertEquals("about:blank", problem.getString("type"));
        Matcher detail = TRY_AGAIN.matcher(problem.getString("detail"));
        assertTrue(detail.find(), "the detail says when to try again: " + problem.getString("detail"));
        assertEquals(retryAfter, Long.parseLong(detail.group(1)), "the detail and Retry-After agree");

        // One allowance for every search of the caller; reading a list without q is no search. The
        // slow refill may have given a search back meanwhile: use it up before each refusal looked for.
        useUpSearches(DemoUsers.ADVISOR_GOVAN);
        assertEquals(
                429,
                Http.get(GOVAN + "/problems?q=meals", "Authorization", bearer).statusCode());
        useUpSearches(DemoUsers.ADVISOR_GOVAN);
        assertEquals(
                429,
                Http.get(GOVAN + "/sessions?q=meals", "Authorization", bearer).statusCode());
        assertEquals(200, Http.get(GOVAN + "/problems", "Authorization", bearer).statusCode());
        assertEquals(
                200, Http.get(GOVAN + "/sessions?q=", "Authorization", bearer).statusCode());

        // Others are served: another signed-in caller, and anonymous callers from the very same address.
        HttpResponse<String> other = Http.get(SEARCH, "Authorization", Tokens.bearer(DemoUsers.ADVISOR_NORTH));
        assertEquals(200, other.statusCode(), other.body());
        HttpResponse<String> anonymous = Http.get(SEARCH);
        assertEquals(200, anonymous.statusCode(), anonymous.body());
        useUpSearches(DemoUsers.ADVISOR_GOVAN);
        assertEquals(
                429,
                Http.get(SEARCH, "Authorization", bearer, "X-Forwarded-For", "198.51.100.23")
                        .statusCode(),
                "no header makes a signed-in caller someone else");
    }

    @Test
    void forksAreLimitedPerCallerApartFromSearches() throws Exception {
        int burst = Integer.parseInt(TestHub.env("CTPHUB_RATE_LIMIT_FORK_BURST"));
        String bearer = Tokens.bearer(DemoUsers.ORGANISER_TORBAY);
        String forks = "/api/v1/partnerships/torbay/forks";
        String body = "{\"upstreamPartnership\":\"hulme-moss-side\",\"upstreamSolution\":\"no-such-solution\","
                + "\"problem\":\"TOR-0001\"}";

        // An organiser may not fork (403), but every request counts, before the hub looks at it.
        int refusedByRole = 0;
        HttpResponse<String> limited = null;
        while (limited == null && refusedByRole <= 2 * burst) {
            HttpResponse<String> response = Http.send("POST", forks, body, "Authorization", bearer);
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertEquals(403, response.statusCode(), response.body());
                refusedByRole++;
            }
        }
        assertNotNull(limited, "still answered after " + refusedByRole + " fork requests");
        assertTrue(refusedByRole >= burst, "the whole burst of " + burst + " is answered first, not " + refusedByRole);
        assertTrue(
                limited.headers().firstValue("Retry-After").isPresent(),
                limited.headers().toString());
        assertTrue(Http.<JsonObject>json(limited).getString("detail").startsWith("Too many forks"), limited.body());

        // The limit is on forks alone: the same caller still reads.
        assertEquals(
                200,
                Http.get("/api/v1/partnerships/torbay/problems", "Authorization", bearer)
                        .statusCode());
    }

    @Test
    void theWorkspaceSearchOverTheLimitSaysWhenToTryAgainInsteadOfResults() throws Exception {
        try (Browser browser = Browser.start()) {
            // Without q the list is no search, and signing in uses up nothing.
            browser.signInAt(PAGES + "/problems", DemoUsers.ORGANISER_TORBAY);
            assertFalse(browser.driver()
                    .findElements(By.cssSelector("p[role=status]"))
                    .isEmpty());

            useUpSearches(DemoUsers.ORGANISER_TORBAY);
            browser.driver().get(Browser.url(PAGES + "/problems?q=meals"));
            String message = browser.text(By.cssSelector("p.message-error[role=alert]"));
            assertTrue(message.startsWith("You have searched many times in a short while. Wait "), message);
            assertTrue(
                    browser.driver()
                            .findElements(By.cssSelector("ul.problems li"))
                            .isEmpty(),
                    "no results");
            assertTrue(
                    browser.driver().getPageSource().contains("value=\"meals\""),
                    "the search form keeps what was typed");

            useUpSearches(DemoUsers.ORGANISER_TORBAY);
            browser.driver().get(Browser.url(PAGES + "/sessions?q=meals"));
            assertTrue(browser.text(By.cssSelector("p.message-error[role=alert]"))
                    .startsWith("You have searched many times"));

            // The workspace's own search page counts against the same allowance.
            useUpSearches(DemoUsers.ORGANISER_TORBAY);
            browser.driver().get(Browser.url(PAGES + "/search?q=meals"));
            assertTrue(browser.text(By.cssSelector("p.message-error[role=alert]"))
                    .startsWith("You have searched many times"));
            assertTrue(browser.driver().findElements(By.id("search-summary")).isEmpty(), "no results");

            // The same page as plain HTTP, with the browser's session: refused with 429 and Retry-After.
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertNotNull(session, "signed in through a session cookie");
            useUpSearches(DemoUsers.ORGANISER_TORBAY);
            HttpResponse<String> page = Http.get(
                    PAGES + "/problems?q=meals", "Cookie", "JSESSIONID=" + session.getValue(), "Accept-Language", "cy");
            assertEquals(429, page.statusCode(), page.body());
            assertTrue(
                    page.headers().firstValue("Retry-After").isPresent(),
                    page.headers().toString());
            assertTrue(page.body().contains("Arhoswch"), "in Welsh for a Welsh reader: " + page.body());
        }
    }

    /**
     * Searches through the API as {@code user} until refused: the limit is per person, so their
     * next search anywhere is refused too, until the slow refill gives one back.
     */
    private static void useUpSearches(String user) throws Exception {
        String bearer = Tokens.bearer(user);
        for (int i = 0; i <= 2 * burst(); i++) {
            if (Http.get("/api/v1/partnerships/torbay/search?q=meals", "Authorization", bearer)
                            .statusCode()
                    == 429) {
                return;
            }
        }
        throw new AssertionError("never refused");
    }

    private static int burst() {
        return Integer.parseInt(TestHub.env("CTPHUB_RATE_LIMIT_SEARCH_BURST"));
    }
}
