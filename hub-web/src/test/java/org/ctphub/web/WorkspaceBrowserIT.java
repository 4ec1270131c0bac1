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
    private static final String PROBLEMS = "p/hulme-moss-side/workspace/problems";

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
    void aTechAdvisorRaisesAProblemAndMovesItAlong() {
        browser.signInAt(PROBLEMS + "/new", DemoUsers.ADVISOR_HMS);

        browser.type("problem:ward", "not-a-ward");
        browser.submit(By.id("problem:save"));
        assertTrue(fieldErrors().contains("title"), "the first refusal is named on its field: " + fieldErrors());

        String title = "Bus shelters have no seats " + Fixtures.uniqueSlug("p");
        browser.type("problem:title", title);
        browser.type("problem:summary", "Older people cannot wait standing for twenty minutes.");
        browser.type("problem:description", "Seen at **three** stops. [report](javascript:alert(1))");
        browser.driver()
                .findElement(By.cssSelector("input[value='loneliness']"))
                .click();
        browser.type("problem:groups", "older people\ndisabled people");
        browser.type("problem:ward", "E05011368");
        browser.submit(By.id("problem:save"));

        String url = browser.driver().getCurrentUrl();
        assertTrue(url.matches(".*/workspace/problems/HMS-\\d{4}"), url);
        assertTrue(browser.text(By.tagName("h1")).endsWith(title));
        assertEquals("Raised", browser.text(By.id("status")));
        WebElement description = browser.driver().findElement(By.cssSelector("div.markdown"));
        assertEquals("three", description.findElement(By.tagName("strong")).getText());
        for (WebElement link : description.findElements(By.tagName("a"))) {
            assertFalse(String.valueOf(link.getAttribute("href")).startsWith("javascript"), "no script link");
        }

        // Parking needs a reason: refused without one, done with one, and kept on the timeline.
        new Select(browser.driver().findElement(By.id("status:to"))).selectByVisibleText("Parked");
        browser.submit(By.id("status:change"));
        assertTrue(fieldErrors().contains("Say why"), fieldErrors());
        new Select(browser.driver().findElement(By.id("status:to"))).selectByVisibleText("Parked");
        browser.type("status:why", "Waiting for the council's transport review");
        browser.submit(By.id("status:change"));
        assertEquals("Parked", browser.text(By.id("status")));
        String timeline = browser.text(By.cssSelector("ol.timeline"));
        assertTrue(timeline.contains("Waiting for the council's transport review"), timeline);
        assertTrue(timeline.contains("Daniel Mensah"), "who changed it: " + timeline);

        new Select(browser.driver().findElement(By.id("evidence:kind"))).selectByVisibleText("Observation");
        browser.type("evidence:summary", "Counted 9 people standing at the Princess Road stop");
        browser.type("evidence:people", "9");
        browser.submit(By.id("evidence:add"));
        assertTrue(browser.text(By.cssSelector("li.evidence")).contains("Counted 9 people"));
    }

    @Test
    void aWelshReaderIsToldWhatToFixInWelsh() {
        try (Browser welsh = Browser.start("cy")) {
            welsh.signInAt(PROBLEMS + "/new", DemoUsers.ADVISOR_HMS);
            assertEquals("cy", welsh.driver().findElement(By.tagName("html")).getAttribute("lang"), "a Welsh page");

            welsh.submit(By.id("problem:save"));
            assertEquals(List.of("Mae angen teitl"), fieldErrors(welsh), "the refusal and the input it names");

            welsh.type("problem:title", "Dim seddi yn y safleoedd bws " + Fixtures.uniqueSlug("cy"));
            welsh.type("problem:summary", "Ni all pobl hŷn aros yn sefyll.");
            welsh.type("problem:ward", "not-a-ward");
            welsh.submit(By.id("problem:save"));
            assertEquals(
                    List.of("Rhaid i'r cod ward fod yn god ward ONS: E05, W05, S13 neu N08 ac yna 6 digid,"
                            + " er enghraifft E05011368"),
                    fieldErrors(welsh),
                    "its apostrophe shown once");
            assertTrue(welsh.driver().getCurrentUrl().endsWith("/problems/new"), "nothing was raised");

            welsh.driver().get(Browser.url(PROBLEMS + "?sort=nonsense"));
            String refusal = welsh.text(By.cssSelector(".message-error"));
            assertTrue(refusal.startsWith("Rhaid i'r drefn fod yn un o reference, title"), refusal);
        }
    }

    @Test
    void theSecondOfTwoEditorsIsToldAndNothingIsOverwritten() {
        String edit = PROBLEMS + "/HMS-0001/edit";
        browser.signInAt(edit, DemoUsers.ADVISOR_HMS);
        try (Browser other = Browser.start()) {
            other.signInAt(edit, DemoUsers.ADVISOR_NORTH);

            String first = "First editor " + Fixtures.uniqueSlug("e");
            browser.type("problem:summary", first);
            browser.submit(By.id("problem:save"));
            assertTrue(browser.driver().getCurrentUrl().endsWith("/problems/HMS-0001"));

            other.type("problem:summary", "Second editor, from the old version");
            other.submit(By.id("problem:save"));
            String refusal = other.text(By.cssSelector(".message-error"));
            assertTrue(refusal.contains("Daniel Mensah"), "says who changed it: " + refusal);
            assertEquals(
                    first,
                    other.driver().findElement(By.id("problem:summary")).getAttribute("value"),
                    "the form now shows the saved version");
            assertTrue(
                    other.text(By.cssSelector("section.mine")).contains("Second editor, from the old version"),
                    "and what the refused editor wrote is still on screen");
            String changed = other.text(By.cssSelector("section.changed-since"));
            assertTrue(
                    changed.contains("Summary:") && changed.contains(first) && changed.contains("Daniel Mensah"),
                    "what changed since the form was opened, field by field, by whom: " + changed);
            assertFalse(changed.contains("Title:"), "only the fields that changed: " + changed);

            browser.driver().get(Browser.url(PROBLEMS + "/HMS-0001"));
            assertTrue(browser.driver().getPageSource().contains(first), "the first edit is kept");
            String timeline = browser.text(By.id("timeline"));
            assertTrue(
                    timeline.contains("Edited") && timeline.contains(first),
                    "the edit is on the timeline: " + timeline);
        }
    }

    @Test
    void membersOfOtherPartnershipsReadWhatIsSharedWithTheNetworkButNoMore() {
        browser.signInAt("p/hulme-moss-side/workspace", DemoUsers.ADVISOR_HMS);

        browser.driver().get(Browser.url("p/torbay"));
        String list = browser.text(By.cssSelector("ul.problems"));
        assertTrue(list.contains("Older people struggle to manage money"), "network-visible: " + list);
        assertTrue(list.contains("Visible to the network"), "marked as such: " + list);
        assertFalse(list.contains("Fishing crews"), "partnership only: " + list);

        browser.driver().get(Browser.url("p/torbay/problems/TOR-0005"));
        assertTrue(browser.text(By.tagName("h1")).contains("Older people struggle to manage money"));
        assertTrue(browser.text(By.id("visibility-notice")).contains("shared with the partnerships of the network"));
        assertTrue(
                browser.driver()
                        .findElements(By.linkText("Open in the workspace"))
                        .isEmpty(),
                "not theirs");
        assertTrue(
                browser.driver().findElements(By.cssSelector("#timeline .when")).stream()
                        .noneMatch(when -> when.getText().contains(" · ")),
                "no names of Torbay's people");

        browser.driver().get(Browser.url("p/torbay/problems/TOR-0004"));
        assertTrue(browser.driver().getPageSource().contains("Page not found"), "partnership only stays inside");

        browser.driver().get(Browser.url("p/hulme-moss-side/problems/HMS-0004"));
        assertTrue(
                browser.driver()
                                .findElements(By.linkText("Open in the workspace"))
                                .size()
                        == 1,
                "members go on to their own problem in the workspace");
    }

    @Test
    void aProblemsPageSuggestsSolutionsAndSaysWhoElseFacesItWithoutSmallCounts() {
        browser.signInAt(PROBLEMS + "/HMS-0006", DemoUsers.ADVISOR_HMS);
        String suggestions = browser.text(By.id("suggested-solutions"));
        assertTrue(suggestions.contains("Safe Check-in"), "filed under migration too: " + suggestions);
        assertFalse(
                browser.driver()
                        .findElements(
                                By.cssSelector("#suggested-solutions a[href='/library/merthyr-tydfil/safe-check-in']"))
                        .isEmpty(),
                "each suggestion links to its library page");
        // Torbay (TOR-0005), Merthyr (MTY-0005) and Govan (GOV-0003) share a theme and show it to the network.
        assertTrue(
                browser.text(By.id("similar-elsewhere"))
                        .matches("([3-9]|[1-9][0-9]+) other partnerships have logged a similar problem.*"),
                browser.text(By.id("similar-elsewhere")));

        browser.driver().get(Browser.url(PROBLEMS + "/HMS-0005"));
        // Govan's GOV-0004 shares its themes but stays inside Govan: not counted, and no count under 3 is told.
        assertTrue(browser.text(By.id("similar-elsewhere")).startsWith("Fewer than 3 other partnerships"));
        assertTrue(browser.text(By.id("suggested-solutions")).contains("Meals Tonight"), "filed under young people");
    }

    @Test
    void oneSearchBoxFindsProblemsAndSessionsWhateverIsTyped() {
        browser.signInAt("p/hulme-moss-side/workspace", DemoUsers.ORGANISER_HMS);
        browser.type("nav-q", "older residents");
        browser.submit(By.cssSelector(".nav-search button"));

        assertTrue(browser.driver().getCurrentUrl().contains("/workspace/search?q=older+residents"));
        List<String> sessions = browser.driver().findElements(By.cssSelector("#session-results h3")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(
                sessions.contains("What's on for older residents? Mapping what already happens"), sessions.toString());
        assertFalse(
                browser.driver()
                        .findElements(By.cssSelector("#problem-results h3"))
                        .isEmpty(),
                "problems about older people are found too");
        assertTrue(browser.text(By.id("search-summary")).contains("“older residents”"));

        // Operators, quotes and markup are words like any other: an answer, never an error, nothing run.
        browser.driver()
                .get(Browser.url("p/hulme-moss-side/workspace/search?q="
                        + java.net.URLEncoder.encode(
                                "+older -\"<b>x</b>\" 'a'* @~()", java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(browser.text(By.id("search-summary")).contains("<b>x</b>"), "shown as typed, as text");
        assertTrue(browser.driver()
                .findElements(By.cssSelector("#search-summary b"))
                .isEmpty());
    }

    @Test
    void aTechAdvisorOfAnotherPartnershipCannotOpenIt() {
        browser.signInAt("p/torbay/workspace/sessions", DemoUsers.ADVISOR_TORBAY);
        browser.driver().get(Browser.url(SESSIONS));
        assertTrue(browser.driver().getPageSource().contains("Page not found"));
        assertFalse(browser.driver().getPageSource().contains("Record a session"));
    }

    private String fieldErrors() {
        return fieldErrors(browser).toString();
    }

    private static List<String> fieldErrors(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".field-error")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }
}
