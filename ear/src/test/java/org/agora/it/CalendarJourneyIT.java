package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A team plans a weekly workshop with one place in a real browser: the organiser adds it from the space's Calendar
 * tab and goes, a colleague answers "going" and waits, the organiser declines, and the colleague is promoted and
 * told so in their notifications.
 */
@AgoraTest
class CalendarJourneyIT extends BrowserJourney {

    private void press(String css) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
    }

    private void signOut() {
        press("form[action='/logout'] button");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void set(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, value);
    }

    private void answer(String value, String expected) {
        press("form[action*='/reply'] button[value='" + value + "']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".your-answer"), expected));
    }

    @Test
    void aWeeklyWorkshopFillsUpAndTheWaitingColleagueIsPromoted() {
        String id = Agora.unique("k");
        String ownerEmail = "kim." + id + "@agora.test";
        String guestEmail = "lou." + id + "@agora.test";
        AgoraClient owner = TestAccounts.member("Kim Organiser", ownerEmail);
        AgoraClient guest = TestAccounts.member("Lou Colleague", guestEmail);
        String space = WikiIT.createSpace(owner, "Workshops " + id, "PUBLIC");
        guest.get(space);
        assertThat(guest.post(space + "/join", Map.of()).status()).isEqualTo(303);
        String title = "Profiling workshop " + id;
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(4);

        signIn(ownerEmail, TestAccounts.PASSWORD);
        browser.get(Agora.URL + space);
        browser.findElement(By.cssSelector("a[href^='/m/calendar/?space=']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-event")));
        String calendarUrl = browser.getCurrentUrl();
        browser.findElement(By.tagName("body")).sendKeys("n");
        wait.until(ExpectedConditions.urlContains("date="));
        browser.get(calendarUrl);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-event"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title"))).sendKeys(title);
        set("startDate", day.toString());
        set("startTime", "14:00");
        set("endDate", day.toString());
        set("endTime", "16:00");
        browser.findElement(By.id("place")).sendKeys("Room Ada");
        browser.findElement(By.id("capacity")).sendKeys("1");
        new Select(browser.findElement(By.id("repeat"))).selectByValue("weekly");
        browser.findElement(By.id("count")).sendKeys("4");
        browser.findElement(By.id("text")).sendKeys("Bring a laptop.", Keys.TAB);
        press("form.event-form button[type=submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".calendar-event h1"), title));
        assertThat(browser.findElement(By.cssSelector(".event-rule")).getText()).startsWith("Every week")
                .contains("4 times");
        assertThat(browser.findElements(By.cssSelector(".event-next li"))).hasSize(4);
        String eventUrl = browser.getCurrentUrl();
        answer("going", "going");
        signOut();

        signIn(guestEmail, TestAccounts.PASSWORD);
        browser.get(eventUrl);
        answer("going", "on the waiting list");
        assertThat(browser.findElement(By.cssSelector(".names-going")).getText()).isEqualTo("Kim Organiser");
        signOut();

        signIn(ownerEmail, TestAccounts.PASSWORD);
        browser.get(eventUrl);
        answer("declined", "not going");
        signOut();

        signIn(guestEmail, TestAccounts.PASSWORD);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(Agora.URL + "/notifications");
            return browser.getPageSource().contains("A place freed up: you are now going to " + title);
        });
        browser.findElement(By.xpath(
                "//li[contains(@class,'notification')]//a[contains(., 'A place freed up')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".your-answer"), "going"));
        assertThat(browser.findElement(By.cssSelector(".your-answer")).getText()).isEqualTo("Your answer: going");
        assertThat(browser.findElement(By.cssSelector(".names-going")).getText()).isEqualTo("Lou Colleague");
    }
}
