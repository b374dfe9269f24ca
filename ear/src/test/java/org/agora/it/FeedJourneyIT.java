package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A post card in the feed: one React button opens the kinds, the comment box opens on demand, and reacting,
 * commenting and saving change the card without reloading the page; with scripts off, the same forms still work.
 */
@AgoraTest
class FeedJourneyIT extends BrowserJourney {

    private final String id = Agora.unique("fj");

    /** @return the text of a new company post by a new colleague */
    private String colleaguePosts() {
        AgoraClient author = TestAccounts.member("Paula Poster", "paula." + id + "@agora.test");
        String text = "Quarterly numbers " + id;
        author.get("/");
        assertThat(author.post("/posts", Map.of("text", text)).status()).isEqualTo(303);
        return text;
    }

    private WebElement card(String text) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[contains(@class,'post')][.//div[contains(@class,'rich-text')][contains(., '"
                        + text + "')]]")));
    }

    private Object marker() {
        return ((JavascriptExecutor) browser).executeScript("return window.agoraMarker || null");
    }

    @Test
    void reactingCommentingAndSavingChangeTheCardWithoutReloading() {
        // the card is replaced under the test's feet: look again
        String text = colleaguePosts();
        String reader = "rick." + id + "@agora.test";
        TestAccounts.member("Rick Reader", reader);
        signIn(reader, TestAccounts.PASSWORD);
        ((JavascriptExecutor) browser).executeScript("window.agoraMarker = 'same page'");

        WebElement card = card(text);
        assertThat(absentWithin(card, By.cssSelector(".reaction-count"))).as("no zero counts").isTrue();
        assertThat(card.findElement(By.cssSelector(".add-comment textarea")).isDisplayed()).isFalse();
        card.findElement(By.cssSelector("summary.react-button")).click();
        card.findElement(By.cssSelector("button.reaction[data-kind='LIKE']")).click();
        wait.until(d -> card(text).findElements(By.cssSelector("button.reaction.mine[data-kind='LIKE']")).size() == 1);
        assertThat(card(text).findElement(By.cssSelector(".reaction-summary")).getText()).contains("Like 1");
        assertThat(card(text).findElement(By.cssSelector("summary.react-button")).getText()).isEqualTo("Like");

        card(text).findElement(By.cssSelector(".add-comment summary")).click();
        WebElement comment = card(text).findElement(By.cssSelector(".add-comment textarea"));
        comment.sendKeys("Great quarter " + id);
        comment.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(d -> card(text).getText().contains("Great quarter " + id));

        card(text).findElement(By.cssSelector("button.bookmark")).click();
        wait.until(d -> "true".equals(card(text).findElement(By.cssSelector("button.bookmark"))
                .getAttribute("aria-pressed")));
        assertThat(marker()).as("the page was never reloaded").isEqualTo("same page");

        browser.navigate().refresh();
        assertThat(card(text).findElements(By.cssSelector("button.reaction.mine[data-kind='LIKE']"))).hasSize(1);
        assertThat(card(text).getText()).contains("Great quarter " + id);
    }

    @Test
    void withScriptsOffTheSameFormsReactAndComment() {
        restartWithoutScripts();
        // each form reloads the page: a card found just before the reload goes stale, so look again
        String text = colleaguePosts();
        String reader = "nora." + id + "@agora.test";
        TestAccounts.member("Nora Noscript", reader);
        signIn(reader, TestAccounts.PASSWORD);

        card(text).findElement(By.cssSelector("summary.react-button")).click();
        card(text).findElement(By.cssSelector("button.reaction[data-kind='RECOMMEND']")).click();
        wait.until(d -> card(text).findElements(By.cssSelector("button.reaction.mine[data-kind='RECOMMEND']"))
                .size() == 1);
        assertThat(card(text).findElement(By.cssSelector(".reaction-summary")).getText()).contains("Recommend 1");

        card(text).findElement(By.cssSelector(".add-comment summary")).click();
        card(text).findElement(By.cssSelector(".add-comment textarea")).sendKeys("Without scripts " + id);
        card(text).findElement(By.cssSelector(".add-comment button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Without scripts " + id));
    }

    @Test
    void theToolbarWritesMarkdownAndCtrlEnterPosts() {
        String email = "tess." + id + "@agora.test";
        TestAccounts.member("Tess Toolbar", email);
        signIn(email, TestAccounts.PASSWORD);
        WebElement text = browser.findElement(By.id("text"));
        text.sendKeys("Launch day " + id);
        text.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        browser.findElement(By.cssSelector("form.composer .writing-toolbar .tool-bold")).click();
        assertThat(text.getAttribute("value")).isEqualTo("**Launch day " + id + "**");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement bold = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[contains(@class,'post')]//strong[text()='Launch day " + id + "']")));
        assertThat(bold.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".done-notice")).getText()).isEqualTo("Your post is published.");
    }
}
