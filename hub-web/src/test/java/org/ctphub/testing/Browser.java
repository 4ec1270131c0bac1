package org.ctphub.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for page tests: Debian's Chromium, headless, driven by its chromedriver, with a
 * profile of its own so that no cookie is shared between tests.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static Browser start() {
        return start("en-GB");
    }

    /** A browser whose reader prefers this language, e.g. {@code cy}: it says so in Accept-Language. */
    public static Browser start(String language) {
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--lang=" + language,
                        "--user-data-dir=" + profile)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** The hub's address for a path such as {@code p/hulme-moss-side/workspace}. */
    public static String url(String path) {
        return TestHub.baseUri().resolve(path).toString();
    }

    /** Opens a page that needs sign-in, signs in on Keycloak's own page, and waits to be back there. */
    public void signInAt(String path, String username) {
        driver.get(url(path));
        typeCredentials(username);
        arriveAt(url(path));
    }

    public void typeCredentials(String username) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Waits until the browser is at this address and the page there has loaded to its footer. */
    public void arriveAt(String url) {
        wait.until(ExpectedConditions.urlToBe(url));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.site-footer")));
    }

    /** Clicks a button that submits a form and waits for the page that answers. */
    public void submit(By button) {
        WebElement old = driver.findElement(By.cssSelector("footer.site-footer"));
        driver.findElement(button).click();
        wait.until(d -> isGone(old));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.site-footer")));
    }

    /**
     * Whether the element's page has been replaced. While the old document is torn down,
     * Chromium may answer "node does not belong to the document" instead of a stale reference:
     * that means gone too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    public String text(By element) {
        return driver.findElement(element).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
