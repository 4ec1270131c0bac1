package org.ctphub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctphub.testing.Browser;
import org.ctphub.testing.DemoUsers;
import org.ctphub.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The workspace as its members use it, in a real browser: recording a co-design session with its
 * notes, quotes and problems, finding it again, and the form's answers to mistakes.
 */
class WorkspaceBrowserIT {

    private static final String SESSIONS = "p/hulme-moss-side/workspace/sessions";

    private Browser browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void anOrganiserRecordsASessionWithAQuoteAndAProblem() {
        browser.signInAt(SESSIONS + "/new", DemoUsers.ORGANISER_HMS);

        // Mistakes first: every one is named on its field, and nothing is recorded.
        browser.type("session:date", "");
        browser.submit(By.id("session:save"));
        String errors = fieldErrors();
        assertEquals(
                3, browser.driver().findElements(By.cssSelector(".field-error")).size(), errors);
        assertTrue(errors.contains("Fill in this field"), "title, date and format are needed: " + errors);

        String title = "Kitchen table talk " + Fixtures.uniqueSlug("s");
        browser.type("session:title", title);
        browser.driver().findElement(By.id("session:date")).sendKeys("14032026");
        new Select(browser.driver().findElement(By.id("session:format"))).selectByVisibleText("Drop-in");
        browser.type("session:participants", "12");
        browser.type("session:groups", "3");
        browser.type("session:notes", "Families **cannot** afford a cooked meal. <script>alert('x')</script>");
        browser.submit(By.id("session:save"));

        assertTrue(
                browser.driver().getCurrentUrl().matches(".*/workspace/sessions/\\d+"),
                browser.driver().getCurrentUrl());
        assertEquals(title, browser.text(By.tagName("h1")));
        WebElement notes = browser.driver().findElement(By.cssSelector("div.markdown"));
        assertEquals("cannot", notes.findElement(By.tagName("strong")).getText(), "Markdown is rendered");
        assertTrue(notes.getText().contains("<script>"), "typed HTML is shown as text, never run");
        assertTrue(browser.driver()
                .findElements(By.cssSelector("div.markdown script"))
                .isEmpty());

        browser.type("quote:text", "Nobody knows when the pantry is open.");
        browser.type("quote:attribution", "parent of three");
        browser.submit(By.id("quote:add"));
        String quote = browser.text(By.cssSelector("blockquote.quote"));
        assertTrue(quote.contains("Nobody knows when the pantry is open."), quote);
        assertTrue(quote.contains("Not shared beyond the partnership"), "a quote has no consent unless given");

        browser.type("link:reference", "HMS-0002");
        browser.submit(By.cssSelector("#link input[type=submit]"));
        assertTrue(browser.driver().getPageSource().contains("HMS-0002"), "the problem is linked");

        browser.type("link:reference", "TOR-0001");
        browser.submit(By.cssSelector("#link input[type=submit]"));
        assertTrue(
                browser.text(By.cssSelector(".message-error")).contains("no problem with this reference"),
                "another partnership's problem cannot be linked");

        browser.driver().get(Browser.url(SESSIONS + "?q=" + title.substring(title.lastIndexOf(' ') + 1)));
        List<String> found = browser.driver().findElements(By.cssSelector("li.session h2 a")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of(title), found, "the search finds the session by a word of its title");
    }

    @Test
    void aTechAdvisorOfAnotherPartnershipCannotOpenIt() {
        browser.signInAt("p/torbay/workspace/sessions", DemoUsers.ADVISOR_TORBAY);
        browser.driver().get(Browser.url(SESSIONS));
        assertTrue(browser.driver().getPageSource().contains("Page not found"));
        assertFalse(browser.driver().getPageSource().contains("Record a session"));
    }

    private String fieldErrors() {
        return browser.driver().findElements(By.cssSelector(".field-error")).stream()
                .map(WebElement::getText)
                .toList()
                .toString();
    }
}
