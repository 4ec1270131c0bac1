package org.ctphub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.ctphub.testing.Browser;
import org.ctphub.testing.DemoUsers;
import org.ctphub.testing.Fixtures;
import org.ctphub.testing.Http;
import org.ctphub.testing.KeycloakAdmin;
import org.ctphub.testing.TestHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * People sign in on Keycloak's own login page in a real browser (Debian's Chromium, headless):
 * a tech advisor lands in their workspace and signs out, after which the session cookie they had
 * opens nothing; a member of another partnership finds no workspace; the central team registers
 * a partnership through its page.
 */
class SignInBrowserIT {

    private static final String PRIVATE_PROBLEM = "Tenants do not know how to chase repairs";

    private Browser chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startChromium() {
        chromium = Browser.start();
        browser = chromium.driver();
        wait = chromium.waiting();
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void signInLandsInTheWorkspaceAndSignOutEndsTheSession() throws Exception {
        String workspace = url("p/hulme-moss-side/workspace");
        browser.get(workspace);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertTrue(browser.getCurrentUrl().contains("/realms/ctp-hub/"), browser.getCurrentUrl());
        // Cookies are per host, not per port: the hub's cookie is visible from Keycloak's page.
        Cookie beforeSignIn = browser.manage().getCookieNamed("JSESSIONID");
        assertNotNull(beforeSignIn, "the hub keeps the sign-in's state in a session");

        typeCredentials(DemoUsers.ADVISOR_HMS);
        arriveAt(workspace);

        assertTrue(browser.getPageSource().contains(PRIVATE_PROBLEM), "a partnership-only problem is listed");
        Cookie signedIn = browser.manage().getCookieNamed("JSESSIONID");
        assertNotNull(signedIn, "signed in with a session");
        assertNotEquals(beforeSignIn.getValue(), signedIn.getValue(), "the session id changes at sign-in");
        assertEquals("Lax", signedIn.getSameSite(), "the session cookie stays home");
        assertTrue(signedIn.isHttpOnly(), "scripts cannot read the session cookie");
        assertEquals(200, workspaceWith(signedIn).statusCode(), "the cookie opens the workspace while signed in");

        browser.findElement(By.cssSelector("form.sign-out button")).click();
        arriveAt(TestHub.baseUri().toString());

        HttpResponse<String> afterSignOut = workspaceWith(signedIn);
        assertEquals(302, afterSignOut.statusCode(), "the old cookie opens nothing: " + afterSignOut.body());
        assertTrue(afterSignOut.headers().firstValue("Location").orElse("").contains("/realms/ctp-hub/"));
        assertFalse(afterSignOut.body().contains(PRIVATE_PROBLEM));

        browser.get(workspace);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertTrue(browser.getCurrentUrl().contains("/realms/ctp-hub/"), "Keycloak's session ended too");
    }

    @Test
    void aMemberOfAnotherPartnershipFindsNoWorkspaceThere() {
        String otherWorkspace = url("p/torbay/workspace");
        browser.get(otherWorkspace);
        typeCredentials(DemoUsers.ADVISOR_HMS);
        arriveAt(otherWorkspace);
        assertTrue(browser.getPageSource().contains("Page not found"), browser.getPageSource());
        assertFalse(browser.getPageSource().contains("sign-out"), "no workspace around the 404");
    }

    @Test
    void membersSeeWhoIsInTheirPartnership() {
        browser.get(url("p/hulme-moss-side/workspace/members"));
        typeCredentials(DemoUsers.ORGANISER_HMS);
        arriveAt(url("p/hulme-moss-side/workspace/members"));
        List<String> usernames = browser.findElements(By.cssSelector("tr.member code")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(
                usernames.containsAll(List.of("advisor-hms", "organiser-hms", "advisor-north")), usernames.toString());
        assertFalse(usernames.contains("advisor-torbay"), usernames.toString());
    }

    @Test
    void theCentralTeamRegistersAPartnershipThroughItsPage() throws Exception {
        browser.get(TestHub.baseUri().toString());
        browser.findElement(By.linkText("Sign in")).click();
        typeCredentials(DemoUsers.CENTRAL);
        arriveAt(url("admin/partnerships"));
        assertTrue(
                browser.getPageSource().contains("Torbay Community Technology Partnership"),
                "every partnership is listed: " + browser.getPageSource());

        // Everything wrong at once: every field says what to fix, and nothing is registered.
        browser.findElement(By.id("register:slug")).sendKeys("Not A Slug");
        browser.findElement(By.id("register:prefix")).sendKeys("x");
        new Select(browser.findElement(By.id("register:nation"))).selectByVisibleText("England");
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        String errors = browser.findElements(By.cssSelector(".field-error")).stream()
                .map(WebElement::getText)
                .toList()
                .toString();
        for (String expected : List.of("slug must be", "name is required", "reference prefix", "English region")) {
            assertTrue(errors.contains(expected), expected + " in " + errors);
        }

        String slug = Fixtures.uniqueSlug("porthcawl");
        clearAndType("register:slug", slug);
        browser.findElement(By.id("register:name")).sendKeys("Porthcawl Community Technology Partnership");
        clearAndType("register:prefix", "POR");
        new Select(browser.findElement(By.id("register:nation"))).selectByVisibleText("Wales");
        new Select(browser.findElement(By.id("register:template"))).selectByVisibleText("Bilingual Welsh community");
        browser.findElement(By.id("register:submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message-info")));
        assertTrue(
                browser.findElement(By.cssSelector(".message-info")).getText().contains("Porthcawl"));
        assertEquals(url("admin/partnerships"), browser.getCurrentUrl(), "redirected after the post");
        assertEquals(200, KeycloakAdmin.groupStatus("partnerships/" + slug), "its Keycloak group was created");
        assertEquals(404, Http.get("/p/" + slug).statusCode(), "not public while it onboards");

        WebElement row = browser.findElement(By.xpath("//tr[td/code[text()='" + slug + "']]"));
        row.findElement(By.cssSelector("input[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".message-info"), "Activated"));
        assertEquals(200, Http.get("/p/" + slug).statusCode(), "public once activated");
    }

    @Test
    void onlyTheCentralTeamOpensTheNetworksPartnerships() {
        browser.get(url("admin/partnerships"));
        typeCredentials(DemoUsers.ADVISOR_TORBAY);
        arriveAt(url("admin/partnerships"));
        assertTrue(browser.getPageSource().contains("This request cannot be answered"), browser.getPageSource());
        assertFalse(browser.getPageSource().contains("register:submit"));
    }

    private void arriveAt(String url) {
        chromium.arriveAt(url);
    }

    private void typeCredentials(String username) {
        chromium.typeCredentials(username);
    }

    private void clearAndType(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static String url(String path) {
        return TestHub.baseUri().resolve(path).toString();
    }

    private static HttpResponse<String> workspaceWith(Cookie session) throws Exception {
        return Http.get("/p/hulme-moss-side/workspace", "Cookie", "JSESSIONID=" + session.getValue());
    }
}
