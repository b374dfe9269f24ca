package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A new employee in a real browser: declares a skill by its synonym, endorses a colleague from the colleague's
 * profile tab, finds the expert despite a typo, follows the result to the profile, and sees the skill matrix.
 */
@AgoraTest
class SkillsJourneyIT extends BrowserJourney {

    private static final String BASE = "/m/skills-directory";

    private void open(String path, By ready) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(Agora.URL + path);
            return !browser.findElements(ready).isEmpty();
        });
    }

    private void press(WebElement button) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
    }

    @Test
    void declareEndorseFindTheExpertAndSeeTheMatrix() {
        String id = Agora.unique("j");
        String skill = "Haskell " + id;
        String synonym = "hs" + id;
        AgoraClient admin = TestAccounts.admin();
        admin.get(BASE + "/taxonomy");
        Page added = admin.post(BASE + "/taxonomy/skill", Map.of("name", skill, "synonyms", synonym));
        assertThat(added.status()).as(added.toString()).isEqualTo(303);
        AgoraClient expert = TestAccounts.member("Hana Haskeller " + id, "skills-hana-" + id + "@agora.test");
        expert.get(BASE + "/mine");
        assertThat(expert.post(BASE + "/mine/declare", Map.of("skill", skill, "level", "reference", "teach", "on"))
                .status()).isEqualTo(303);
        String expertId = String.valueOf(TestAccounts.personId(expert));
        String email = "skills-journey-" + id + "@agora.test";
        TestAccounts.member("Jo Journey " + id, email);
        signIn(email, TestAccounts.PASSWORD);

        open(BASE + "/mine", By.id("skill"));
        browser.findElement(By.id("skill")).sendKeys(synonym.toUpperCase());
        new Select(browser.findElement(By.id("level"))).selectByValue("practitioner");
        browser.findElement(By.id("learn")).click();
        WebElement declare = browser.findElement(By.cssSelector(".skills-declare button[type=submit]"));
        press(declare);
        wait.until(ExpectedConditions.stalenessOf(declare));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".skills-mine tr")));
        assertThat(row.getText()).contains(skill);
        assertThat(new Select(row.findElement(By.name("level"))).getFirstSelectedOption().getText())
                .isEqualTo("Practitioner");

        open("/people/" + expertId, By.cssSelector("a[href='" + BASE + "/person?person=" + expertId + "']"));
        browser.findElement(By.cssSelector("a[href='" + BASE + "/person?person=" + expertId + "']")).click();
        WebElement endorse = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".skills-profile form button")));
        assertThat(endorse.getText()).isEqualTo("Endorse");
        press(endorse);
        wait.until(ExpectedConditions.stalenessOf(endorse));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".skills-endorsers"),
                "1 endorsement — Endorsed by Jo Journey " + id));

        open(BASE + "/", By.id("q"));
        String typo = "haskel " + id; // a letter missing
        browser.findElement(By.id("q")).sendKeys(typo);
        WebElement find = browser.findElement(By.cssSelector(".skills-search button[type=submit]"));
        find.click();
        wait.until(ExpectedConditions.stalenessOf(find));
        WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".skills-expert a.fw-semibold")));
        assertThat(browser.findElement(By.cssSelector(".skills-understood")).getText())
                .isEqualTo("Skill found: " + skill);
        assertThat(first.getText()).isEqualTo("Hana Haskeller " + id);
        first.click();
        wait.until(ExpectedConditions.urlToBe(Agora.URL + "/people/" + expertId));

        open(BASE + "/matrix", By.cssSelector(".skills-matrix"));
        assertThat(browser.findElements(By.cssSelector(".skills-matrix td.level-reference"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".skills-matrix th a"))).extracting(WebElement::getText)
                .contains("Hana Haskeller " + id, "Jo Journey " + id);
        // the chart above the table, drawn by the host's Chart.js from the table's cells
        Object reference = wait.until(driver -> ((JavascriptExecutor) driver).executeScript(
                "var c = window.Chart && Chart.getChart(document.querySelector('canvas.skills-levels-chart'));"
                        + " return c ? c.data.datasets[3].data.reduce(function (a, b) { return a + b; }, 0) : null;"));
        assertThat(((Number) reference).longValue()).as("people at the reference level, counted from the table")
                .isEqualTo(browser.findElements(By.cssSelector(".skills-matrix td.level-reference")).size());
    }
}
