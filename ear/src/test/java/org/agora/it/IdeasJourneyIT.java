package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The suggestion box in a real browser: an employee submits an idea anonymously (similar ideas are offered while
 * the title is typed), two colleagues vote, a manager declines it with an answer, and the author finds the
 * notification under the bell, while the idea's page never names them.
 */
@AgoraTest
class IdeasJourneyIT extends BrowserJourney {

    private void open(String path, By ready) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(Agora.URL + path);
            return !browser.findElements(ready).isEmpty();
        });
    }

    private void press(String css) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
        wait.until(ExpectedConditions.stalenessOf(button));
    }

    private void as(String email) {
        browser.manage().deleteAllCookies();
        signIn(email, TestAccounts.PASSWORD);
    }

    @Test
    void anAnonymousIdeaIsVotedDeclinedWithAnAnswerAndItsAuthorIsTold() {
        String id = Agora.unique("j");
        String author = "Iris Anon " + id;
        String authorEmail = "iris." + id + "@agora.test";
        TestAccounts.member(author, authorEmail);
        TestAccounts.member("Voter One " + id, "v1." + id + "@agora.test");
        TestAccounts.member("Voter Two " + id, "v2." + id + "@agora.test");
        String earlier = "Quieter meeting rooms " + id;
        IdeasIT.submit(TestAccounts.member("Early Bird " + id, "early." + id + "@agora.test"), earlier, false);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TestAccounts.admin().get("/search?q=" + id).body()).contains(earlier));

        as(authorEmail);
        open("/m/suggestion-box/", By.id("idea-title"));
        browser.findElement(By.id("idea-title")).sendKeys("Quieter rooms " + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ideas-similar")));
        assertThat(browser.findElement(By.cssSelector(".ideas-similar")).getText()).contains(earlier);
        WebElement title = browser.findElement(By.id("idea-title"));
        title.clear();
        title.sendKeys("A nap room " + id);
        browser.findElement(By.id("idea-description")).sendKeys("Twenty minutes after lunch, **quietly**.");
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", browser.findElement(By.id("idea-anonymous")));
        press("form.ideas-submit button[type=submit]");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ideas-idea")));
        String idea = browser.getCurrentUrl().replace(Agora.URL, "");
        assertThat(browser.findElement(By.cssSelector(".ideas-author")).getText()).isEqualTo("Anonymous");

        for (String voter : new String[] {"v1." + id + "@agora.test", "v2." + id + "@agora.test"}) {
            as(voter);
            open(idea, By.cssSelector("button.ideas-vote"));
            press("button.ideas-vote");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("button.ideas-vote"),
                    "Withdraw my vote"));
        }
        assertThat(browser.findElement(By.cssSelector(".ideas-idea .ideas-vote-count")).getText()).isEqualTo("2");

        as(TestAccounts.ADMIN_EMAIL);
        open(idea, By.cssSelector("form.ideas-answer-form"));
        assertThat(browser.findElement(By.cssSelector(".ideas-idea")).getText()).doesNotContain("Iris");
        new Select(browser.findElement(By.id("idea-status"))).selectByValue("declined");
        browser.findElement(By.id("idea-answer")).sendKeys("No room is free; we will add quiet booths instead.");
        press("form.ideas-answer-form button[type=submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ideas-status"), "Declined"));
        assertThat(browser.findElement(By.cssSelector(".ideas-answer-text")).getText())
                .isEqualTo("No room is free; we will add quiet booths instead.");
        assertThat(browser.getPageSource()).doesNotContain(author).doesNotContain(authorEmail);
        open("/m/suggestion-box/dashboard", By.cssSelector("canvas.ideas-chart"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.querySelector('canvas.ideas-chart')) != null")));

        as(authorEmail);
        open("/notifications", By.tagName("main"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Your idea “A nap room " + id + "” was declined; read the answer.");
    }
}
