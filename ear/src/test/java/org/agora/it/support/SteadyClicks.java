package org.agora.it.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Clicks as a person does: on a page that has finished loading, at an element brought to the middle of the window
 * that has stopped moving. A page still receiving its images, or a card that moves while other people post, would
 * otherwise take WebDriver's click at the point where the element was a moment before.
 */
public final class SteadyClicks implements WebDriverListener {

    private static final int TRIES = 100;
    private static final long PAUSE_MILLIS = 50;

    private final WebDriver driver;

    public SteadyClicks(WebDriver driver) {
        this.driver = driver;
    }

    @Override
    public void beforeClick(WebElement element) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        for (int i = 0; i < TRIES && !"complete".equals(page.executeScript("return document.readyState")); i++) {
            pause();
        }
        page.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        Rectangle last = element.getRect();
        for (int i = 0; i < TRIES; i++) {
            pause();
            Rectangle now = element.getRect();
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
