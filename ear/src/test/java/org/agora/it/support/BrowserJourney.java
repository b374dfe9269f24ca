package org.agora.it.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user journey in a real browser: one headless Chromium for the tests of a class (starting one takes about two
 * seconds of processor time), each test in a new tab of it with no cookies, and signing in through the form.
 */
public abstract class BrowserJourney {

    /** The browser of each journey class that runs; classes run at the same time, each with its own. */
    private static final Map<Class<?>, Opened> BROWSERS = new ConcurrentHashMap<>();

    private record Opened(WebDriver driver, boolean scripts) {
    }

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        Opened opened = BROWSERS.get(getClass());
        if (opened == null || !opened.scripts() || !freshTab(opened.driver())) {
            opened = replace(true);
        }
        use(opened.driver());
    }

    /** Starts the browser again with scripts switched off, as some employees' browsers are. */
    protected void restartWithoutScripts() {
        use(replace(false).driver());
    }

    private Opened replace(boolean scripts) {
        Opened old = BROWSERS.remove(getClass());
        if (old != null) {
            quietly(old.driver());
        }
        Opened opened = new Opened(Browser.start(scripts), scripts);
        BROWSERS.put(getClass(), opened);
        return opened;
    }

    private void use(WebDriver driver) {
        browser = driver;
        wait = waitOn(browser, Duration.ofSeconds(15));
    }

    /**
     * Leaves the browser as a new one is: one new tab (where nothing a test set on the last one holds, such as a time
     * zone or a script to run on each page), the usual window size, and no cookies.
     *
     * @return false if the browser no longer answers
     */
    private static boolean freshTab(WebDriver driver) {
        try {
            List<String> old = List.copyOf(driver.getWindowHandles());
            driver.switchTo().newWindow(WindowType.TAB);
            String tab = driver.getWindowHandle();
            for (String handle : old) {
                driver.switchTo().window(handle).close();
            }
            driver.switchTo().window(tab);
            driver.manage().window().setSize(new Dimension(1280, 900));
            ((HasCdp) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    private static void quietly(WebDriver driver) {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // a browser that no longer answers is gone already
        }
    }

    /**
     * @return whether the page has no element {@code what} now, without waiting for one to appear as finding an
     *     element does
     */
    protected boolean absent(By what) {
        return absentWithin(browser, what);
    }

    /** @return whether {@code within} holds no element {@code what} now */
    protected boolean absentWithin(SearchContext within, By what) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return within.findElements(what).isEmpty();
        } finally {
            browser.manage().timeouts().implicitlyWait(Browser.IMPLICIT_WAIT);
        }
    }

    /**
     * A wait on this browser. A page being replaced answers lookups with passing errors (a stale element, "Node
     * with given id does not belong to the document"): the wait tries again, and names the last one if it runs out.
     */
    protected static WebDriverWait waitOn(WebDriver driver, Duration atMost) {
        WebDriverWait wait = new WebDriverWait(driver, atMost);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Leaves the page, so that it no longer listens for live events while the next test or class runs. */
    @AfterEach
    void leavePage() {
        try {
            browser.get("about:blank");
        } catch (WebDriverException e) {
            // the next test starts another browser
        }
    }

    @AfterAll
    static void closeBrowser(TestInfo info) {
        Opened opened = BROWSERS.remove(info.getTestClass().orElseThrow());
        if (opened != null) {
            quietly(opened.driver());
        }
    }

    /** Opens Agora, is sent to the sign-in page, signs in and waits for the home feed. */
    protected void signIn(String email, String password) {
        browser.get(Agora.URL + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.composer")));
    }
}
