package org.agora.it.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A user journey in a real browser: a fresh headless Chromium per test, and signing in through the form. */
public abstract class BrowserJourney {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = waitOn(browser, Duration.ofSeconds(15));
    }

    /** Starts the browser again with scripts switched off, as some employees' browsers are. */
    protected void restartWithoutScripts() {
        browser.quit();
        browser = Browser.start(false);
        wait = waitOn(browser, Duration.ofSeconds(15));
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

    @AfterEach
    void closeBrowser() {
        browser.quit();
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
