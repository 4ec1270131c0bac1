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
 * Solutions in the workspace as tech advisors use them, in a real browser: one partnership writes
 * a solution down and publishes it, another forks it through the fork form (a doubled submission
 * making one fork), and follows the changes the first publishes later, adopting one and skipping
 * another. Also who sees which buttons, and what another partnership's draft looks like. Every
 * solution here is the test's own (a random slug), and nothing assumes which other solutions a
 * partnership has.
 */
class SolutionPagesBrowserIT {

    private static final String HMS = "p/hulme-moss-side/workspace/solutions";
    private static final String TORBAY = "p/torbay/workspace/solutions";

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
    void aSolutionIsPublishedForkedAndItsUpstreamChangesAreAdoptedOrSkipped() {
        String slug = Fixtures.uniqueSlug("lunch-club");
        String name = "Lunch club board " + slug.substring(slug.lastIndexOf('-') + 1);
        browser.signInAt(HMS + "/new", DemoUsers.ADVISOR_HMS);
        assertEveryInputIsLabelled(browser);

        // Mistakes are named on their fields and in the summary, and nothing is saved.
        browser.type("solution:name", name);
        browser.type("solution:slug", slug);
        browser.type("solution:monthlyCostPounds", "lots");
        browser.submit(By.id("solution:save"));
        assertEquals(List.of("Enter a whole number, for example 12."), fieldErrors(browser));
        assertTrue(
                browser.text(By.cssSelector(".error-summary"))
                        .contains("Monthly running cost (£): Enter a whole number"),
                browser.text(By.cssSelector(".error-summary")));
        assertEquals(
                "#solution:monthlyCostPounds",
                browser.driver().findElement(By.cssSelector(".error-summary a")).getDomAttribute("href"),
                "the summary leads to the field");
        browser.type("solution:monthlyCostPounds", "");
        browser.type("solution:sourceUrl", "javascript:alert(1)");
        browser.submit(By.id("solution:save"));
        assertTrue(
                fieldErrors(browser).toString().contains("must be a web address"),
                fieldErrors(browser).toString());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/solutions/new"), "nothing was saved");

        browser.type("solution:sourceUrl", "");
        browser.type("solution:tagline", "Who cooks, who eats, who drives, this week");
        browser.submit(By.id("solution:save"));
        assertEquals(Browser.url(HMS + "/" + slug), browser.driver().getCurrentUrl());
        assertEquals(name, browser.text(By.tagName("h1")));
        assertEquals("Draft", browser.text(By.id("status")));

        // Publishing an incomplete draft is refused, naming what is missing.
        browser.submit(By.id("publish:submit"));
        String missing = browser.text(By.id("publish-missing"));
        assertTrue(missing.startsWith("Not published."), missing);
        assertTrue(
                missing.contains("An open licence")
                        && missing.contains("Monthly running cost (£)")
                        && missing.contains("Adoption guide"),
                missing);
        assertFalse(missing.contains("Tagline"), "the tagline is there: " + missing);
        assertEquals("Draft", browser.text(By.id("status")));

        browser.driver().get(Browser.url(HMS + "/" + slug + "/edit"));
        completeTheCard(browser);
        browser.submit(By.id("solution:save"));
        browser.submit(By.id("publish:submit"));
        assertTrue(browser.text(By.cssSelector(".message-info")).contains("Published as revision 1"));
        assertEquals("Published", browser.text(By.id("status")));
        String revisions = browser.text(By.id("revisions"));
        assertTrue(revisions.contains("Revision 1") && revisions.contains("Daniel Mensah"), revisions);
        assertTrue(browser.text(By.id("card")).contains("£15 a month"), browser.text(By.id("card")));
        assertTrue(browser.text(By.id("card")).contains("English, Welsh"), browser.text(By.id("card")));

        try (Browser torbay = Browser.start()) {
            String forkForm = TORBAY + "/fork?from=hulme-moss-side/" + slug;
            torbay.signInAt(forkForm, DemoUsers.ADVISOR_TORBAY);
            assertEveryInputIsLabelled(torbay);
            String upstream = torbay.text(By.id("upstream"));
            assertTrue(upstream.contains(name) && upstream.contains("revision 1"), upstream);

            // Nothing chosen: refused on the field.
            torbay.submit(By.id("fork:submit"));
            assertEquals(List.of("Choose the problem it addresses here."), fieldErrors(torbay));

            Select problem = new Select(torbay.driver().findElement(By.id("fork:problem")));
            problem.selectByIndex(1);
            String problemLabel = problem.getFirstSelectedOption().getText();
            torbay.type("fork:adapted", "Runs from the harbour community centre");

            // Two identical submissions at once, then the person's own click: one fork, every answer leads to it.
            Object statuses = torbay.driver()
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + "const form = document.getElementById('fork');"
                            + "const body = new URLSearchParams(new FormData(form));"
                            + "body.append('fork:submit', 'x');"
                            + "const send = () => fetch(form.action, {method: 'POST', body: body,"
                            + " credentials: 'same-origin', redirect: 'manual'});"
                            + "Promise.all([send(), send()]).then(r => done(r.map(x => x.type).join(',')),"
                            + " e => done(String(e)));");
            assertEquals("opaqueredirect,opaqueredirect", statuses, "both were answered with a redirect");
            torbay.submit(By.id("fork:submit"));
            assertEquals(Browser.url(TORBAY + "/" + slug), torbay.driver().getCurrentUrl());

            String provenance = torbay.text(By.id("provenance"));
            assertTrue(
                    provenance.contains("Forked from " + name)
                            && provenance.contains("Hulme and Moss Side")
                            && provenance.contains("at revision 1"),
                    provenance);
            assertEquals(
                    Browser.url("library/hulme-moss-side/" + slug),
                    torbay.driver().findElement(By.cssSelector("#provenance a")).getDomProperty("href"));
            assertEquals(problemLabel, torbay.text(By.id("fork-problem")));
            assertEquals("Runs from the harbour community centre", torbay.text(By.id("fork-adapted")));
            assertEquals("Draft", torbay.text(By.id("status")));
            assertEveryInputIsLabelled(torbay);

            torbay.driver().get(Browser.url(TORBAY + "?sort=-created"));
            List<String> named = torbay.driver().findElements(By.cssSelector("li.solution h2 a")).stream()
                    .map(WebElement::getText)
                    .filter(name::equals)
                    .toList();
            assertEquals(List.of(name), named, "three submissions of the form made one fork");

            // The first partnership publishes a second revision that changes two fields.
            browser.driver().get(Browser.url(HMS + "/" + slug + "/edit"));
            browser.type("solution:tagline", "Who cooks, who eats and who drives, week by week");
            new Select(browser.driver().findElement(By.id("solution:maturity"))).selectByVisibleText("In use");
            browser.submit(By.id("solution:save"));
            assertTrue(browser.text(By.id("status")).contains("Published"));
            browser.submit(By.id("publish:submit"));
            assertTrue(browser.text(By.id("revisions")).contains("Revision 2"));

            torbay.driver().get(Browser.url(TORBAY + "/" + slug));
            assertEquals("2 changes upstream", torbay.text(By.id("upstream-link")));
            torbay.driver().findElement(By.id("upstream-link")).click();
            torbay.arriveAt(Browser.url(TORBAY + "/" + slug + "/upstream"));
            assertEquals("What changed since you forked", torbay.text(By.tagName("h1")));
            List<String> fields = torbay.driver().findElements(By.cssSelector("#changes > li")).stream()
                    .map(li -> li.getDomAttribute("data-field"))
                    .toList();
            assertEquals(List.of("TAGLINE", "MATURITY"), fields, "exactly the changed fields, in the form's order");
            String maturity = change(torbay, "MATURITY");
            assertTrue(
                    maturity.contains("Maturity:") && maturity.contains("Pilot") && maturity.contains("In use"),
                    "in words: " + maturity);
            assertTrue(
                    torbay.text(By.id("upstream-summary"))
                            .contains("based on revision 1, and the latest is revision 2"),
                    torbay.text(By.id("upstream-summary")));

            torbay.submit(By.cssSelector("li[data-field='TAGLINE'] input[value='Adopt']"));
            assertTrue(torbay.text(By.cssSelector(".message-info")).contains("Adopted: Tagline"));
            assertTrue(change(torbay, "TAGLINE").contains("Adopted"));
            torbay.submit(By.cssSelector("li[data-field='MATURITY'] input[value='Skip']"));
            String messages = torbay.text(By.cssSelector(".messages"));
            assertTrue(messages.contains("Skipped: Maturity"), messages);
            assertTrue(messages.contains("your fork is now based on revision 2"), messages);
            assertTrue(torbay.text(By.id("up-to-date")).contains("revision 2"));

            torbay.driver().get(Browser.url(TORBAY + "/" + slug));
            assertEquals("Who cooks, who eats and who drives, week by week", torbay.text(By.cssSelector("p.lead")));
            assertTrue(torbay.text(By.id("about")).contains("Pilot"), "the skipped change is not taken");
            assertTrue(torbay.text(By.id("provenance")).contains("It is now based on revision 2"));
            assertTrue(torbay.text(By.id("upstream-none")).contains("Up to date with revision 2"));
        }
    }

    @Test
    void theSecondOfTwoEditorsIsToldAndNothingIsOverwritten() {
        String slug = Fixtures.uniqueSlug("tea");
        browser.signInAt(HMS + "/new", DemoUsers.ADVISOR_HMS);
        browser.type("solution:name", "Tea and tablets " + slug);
        browser.type("solution:slug", slug);
        browser.submit(By.id("solution:save"));

        try (Browser other = Browser.start()) {
            other.signInAt(HMS + "/" + slug + "/edit", DemoUsers.ADVISOR_NORTH);
            browser.driver().get(Browser.url(HMS + "/" + slug + "/edit"));
            browser.type("solution:tagline", "Tablets lent over a cup of tea");
            browser.submit(By.id("solution:save"));

            other.type("solution:name", "Tea, tablets and talk " + slug);
            other.submit(By.id("solution:save"));
            String refusal = other.text(By.cssSelector(".message-error"));
            assertTrue(refusal.contains("Daniel Mensah"), "says who changed it: " + refusal);
            assertEquals(
                    "Tablets lent over a cup of tea",
                    other.driver().findElement(By.id("solution:tagline")).getDomProperty("value"),
                    "the form now shows the saved version");
            String notSaved = other.text(By.id("not-saved"));
            assertTrue(
                    notSaved.contains("Name:") && notSaved.contains("Tea, tablets and talk " + slug),
                    "what this editor wrote is still on screen: " + notSaved);
            assertTrue(notSaved.contains("Tagline:"), "beside what was saved: " + notSaved);
            assertFalse(notSaved.contains("Kind:"), "only fields that differ: " + notSaved);

            // A button on a page shown before the change is refused the same way.
            other.driver().get(Browser.url(HMS + "/" + slug));
            browser.driver().get(Browser.url(HMS + "/" + slug + "/edit"));
            browser.type("solution:tagline", "Tablets lent over tea, every Tuesday");
            browser.submit(By.id("solution:save"));
            other.submit(By.id("publish:submit"));
            assertTrue(other.text(By.cssSelector(".message-error")).contains("Daniel Mensah changed this solution"));
            assertEquals("Draft", other.text(By.id("status")), "nothing was published");
        }
        browser.driver().get(Browser.url(HMS + "/" + slug));
        assertEquals("Tablets lent over tea, every Tuesday", browser.text(By.cssSelector("p.lead")));
    }

    @Test
    void anOrganiserReadsSolutionsButIsOfferedNoChange() {
        String slug = Fixtures.uniqueSlug("reading-room");
        browser.signInAt(HMS + "/new", DemoUsers.ADVISOR_HMS);
        browser.type("solution:name", "Reading room rota " + slug);
        browser.type("solution:slug", slug);
        browser.submit(By.id("solution:save"));
        assertFalse(browser.driver().findElements(By.id("publish:submit")).isEmpty(), "an advisor may publish");

        try (Browser organiser = Browser.start()) {
            organiser.signInAt(HMS + "/" + slug, DemoUsers.ORGANISER_HMS);
            assertEquals("Reading room rota " + slug, organiser.text(By.tagName("h1")));
            assertTrue(organiser.driver().findElements(By.id("edit")).isEmpty(), "no edit for an organiser");
            assertTrue(organiser.driver().findElements(By.id("publish:submit")).isEmpty(), "no publish");
            assertTrue(organiser.driver().findElements(By.id("retire:submit")).isEmpty(), "no retire");

            organiser.driver().get(Browser.url(HMS));
            assertTrue(organiser
                    .driver()
                    .findElements(By.linkText("Write down a solution"))
                    .isEmpty());
            assertFalse(
                    organiser
                            .driver()
                            .findElements(By.linkText("Reading room rota " + slug))
                            .isEmpty(),
                    "but reads the drafts");
        }
    }

    @Test
    void anotherPartnershipsDraftLooksLikeNothingAtAll() {
        String slug = Fixtures.uniqueSlug("draft");
        browser.signInAt(HMS + "/new", DemoUsers.ADVISOR_HMS);
        browser.type("solution:name", "Secret draft " + slug);
        browser.type("solution:slug", slug);
        browser.submit(By.id("solution:save"));
        assertEquals(Browser.url(HMS + "/" + slug), browser.driver().getCurrentUrl());

        try (Browser torbay = Browser.start()) {
            torbay.signInAt(TORBAY, DemoUsers.ADVISOR_TORBAY);
            for (String page : List.of("", "/edit", "/upstream")) {
                torbay.driver().get(Browser.url(HMS + "/" + slug + page));
                String source = torbay.driver().getPageSource();
                assertTrue(source.contains("Page not found"), page);
                assertFalse(source.contains("Secret draft"), page);
            }

            torbay.driver().get(Browser.url(TORBAY + "/fork?from=hulme-moss-side/" + slug));
            String draft = torbay.text(By.cssSelector(".message-error"));
            torbay.driver().get(Browser.url(TORBAY + "/fork?from=hulme-moss-side/" + slug + "-x"));
            String missing = torbay.text(By.cssSelector(".message-error"));
            assertEquals(missing.replace(slug + "-x", slug), draft, "a draft is not even named as one");
            assertTrue(torbay.driver().findElements(By.id("fork:submit")).isEmpty(), "and cannot be forked");
        }
    }

    @Test
    void aWelshReaderIsToldWhatPublishingNeedsInWelsh() {
        try (Browser welsh = Browser.start("cy")) {
            welsh.signInAt(HMS + "/new", DemoUsers.ADVISOR_HMS);
            welsh.submit(By.id("solution:save"));
            assertEquals(List.of("Rhowch enw i'r ateb."), fieldErrors(welsh));

            String slug = Fixtures.uniqueSlug("cy");
            welsh.type("solution:name", "Clwb cinio " + slug);
            welsh.type("solution:slug", slug);
            welsh.type("solution:licence", "Proprietary");
            welsh.submit(By.id("solution:save"));
            assertEquals("Drafft", welsh.text(By.id("status")));
            welsh.submit(By.id("publish:submit"));
            String missing = welsh.text(By.id("publish-missing"));
            assertTrue(missing.startsWith("Heb ei gyhoeddi."), missing);
            assertTrue(missing.contains("Trwydded agored") && missing.contains("Canllaw mabwysiadu"), missing);
        }
    }

    @Test
    void theLibrarysForkThisTakesEachPersonWhereTheyCanFork() {
        String slug = Fixtures.uniqueSlug("bot");
        String name = "Check-in bot " + slug;
        browser.signInAt(HMS + "/new", DemoUsers.ADVISOR_HMS);
        browser.type("solution:name", name);
        browser.type("solution:slug", slug);
        completeTheCard(browser);
        browser.submit(By.id("solution:save"));
        browser.submit(By.id("publish:submit"));
        assertEquals("Published", browser.text(By.id("status")));
        String forkThis = "library/hulme-moss-side/" + slug + "/fork";

        try (Browser torbay = Browser.start()) {
            // From the public library page, not signed in.
            torbay.driver().get(Browser.url("library/hulme-moss-side/" + slug));
            torbay.driver()
                    .findElement(By.linkText("Take this into your partnership"))
                    .click();
            torbay.typeCredentials(DemoUsers.ADVISOR_TORBAY);
            torbay.arriveAt(Browser.url(TORBAY + "/fork?from=hulme-moss-side%2F" + slug));
            assertTrue(torbay.text(By.id("upstream")).contains(name), "an advisor of one partnership goes to its form");
        }
        try (Browser north = Browser.start()) {
            north.signInAt(forkThis, DemoUsers.ADVISOR_NORTH);
            List<String> choices = north.driver().findElements(By.cssSelector("#partnerships a")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(
                    List.of(
                            "Govan Community Technology Partnership",
                            "Hulme and Moss Side Community Technology Partnership"),
                    choices,
                    "an advisor of two chooses");
        }
        try (Browser organiser = Browser.start()) {
            organiser.signInAt(forkThis, DemoUsers.ORGANISER_TORBAY);
            assertTrue(organiser.text(By.id("not-advisor")).contains("Only a partnership's tech advisors can fork"));
        }
        browser.driver().get(Browser.url("library/hulme-moss-side/" + slug + "-nothing/fork"));
        assertTrue(browser.driver().getPageSource().contains("Page not found"));
    }

    /** Everything publishing needs, filled in on the form that is open. */
    private static void completeTheCard(Browser browser) {
        browser.type("solution:tagline", "Who cooks, who eats, who drives, this week");
        browser.type("solution:description", "A board of **meals** and volunteers, on paper and online.");
        new Select(browser.driver().findElement(By.id("solution:kind"))).selectByVisibleText("Software");
        WebElement loneliness =
                browser.driver().findElement(By.cssSelector("input[name='solution:themes'][value='loneliness']"));
        if (!loneliness.isSelected()) {
            loneliness.click();
        }
        new Select(browser.driver().findElement(By.id("solution:maturity"))).selectByVisibleText("Pilot");
        browser.type("solution:licence", "MIT");
        browser.type("solution:sourceUrl", "https://example.org/lunch-club");
        browser.type("solution:monthlyCostPounds", "15");
        browser.type("solution:hosting", "A small shared web host");
        browser.type("solution:skills", "Someone to update the board weekly");
        new Select(browser.driver().findElement(By.id("solution:personalData")))
                .selectByVisibleText("Names and contact details");
        new Select(browser.driver().findElement(By.id("solution:accessibility")))
                .selectByVisibleText("Meets WCAG 2.2 AA");
        for (String code : List.of("en", "cy")) {
            WebElement language = browser.driver()
                    .findElement(By.cssSelector("input[name='solution:languages'][value='" + code + "']"));
            if (!language.isSelected()) {
                language.click();
            }
        }
        new Select(browser.driver().findElement(By.id("solution:connectivity")))
                .selectByVisibleText("Works on a slow connection");
        browser.type("solution:adoptionGuide", "1. Print the board. 2. Ask the volunteers.");
    }

    /**
     * Every input a person fills in has a label of its own ({@code label for}), and every group of
     * checkboxes a legend: what a screen reader announces.
     */
    private static void assertEveryInputIsLabelled(Browser browser) {
        for (WebElement input :
                browser.driver().findElements(By.cssSelector("main input, main select, main textarea"))) {
            String type = String.valueOf(input.getDomAttribute("type"));
            if (List.of("hidden", "submit", "button").contains(type)) {
                continue;
            }
            String id = input.getDomAttribute("id");
            assertFalse(
                    id == null
                            || browser.driver()
                                    .findElements(By.cssSelector("label[for='" + id + "']"))
                                    .isEmpty(),
                    "no label for " + id + " on " + browser.driver().getCurrentUrl());
        }
        for (WebElement group : browser.driver().findElements(By.cssSelector("main fieldset"))) {
            assertFalse(group.findElements(By.tagName("legend")).isEmpty(), "a fieldset without a legend");
        }
    }

    private static String change(Browser browser, String field) {
        return browser.text(By.cssSelector("li[data-field='" + field + "']"));
    }

    private static List<String> fieldErrors(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".field-error")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }
}
