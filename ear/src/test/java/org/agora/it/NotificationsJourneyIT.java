package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.Posts;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A colleague mentions you while your feed is open: the bell, a notice and the new-post banner appear live; a
 * colleague's comment on the post you read appears in place while you type yours.
 */
@AgoraTest
// alone: the banner counts the company feed's new posts, to which other classes' posts would add
@Alone
class NotificationsJourneyIT extends BrowserJourney {

    @Test
    void aMentionAppearsLiveInTheOtherPersonsBrowser() {
        String handle = Agora.unique("lea");
        TestAccounts.member("Léa " + handle, handle + "@agora.test");
        AgoraClient admin = TestAccounts.admin();

        admin.get("/");
        assertThat(admin.post("/posts", Map.of("text", "Earlier news " + Agora.unique("earlier"))).status())
                .isEqualTo(303);

        signIn(handle + "@agora.test", TestAccounts.PASSWORD);
        int firstCard = browser.findElement(By.cssSelector("article.post")).getRect().getY();
        assertThat(absent(By.cssSelector(".bell .unread-count"))).as("nothing unread").isTrue();
        assertThat(browser.findElement(By.cssSelector(".bell svg.bell-icon")).isDisplayed()).isTrue();
        // the page has opened its stream once its script has run
        wait.until(d -> d.findElement(By.cssSelector(".bell")).getAttribute("data-unread") != null);

        String word = Agora.unique("live");
        admin.get("/");
        assertThat(admin.post("/posts", Map.of("text", "Welcome aboard @" + handle + " " + word)).status())
                .isEqualTo(303);

        WebElement badge = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".bell .unread-count")));
        assertThat(badge.getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector(".bell")).getAttribute("aria-label"))
                .isEqualTo("1 unread notification");
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".live-toasts .live-notification")));
        assertThat(notice.getText()).contains(TestAccounts.ADMIN_NAME + " mentioned you in a post")
                .contains("Welcome aboard @" + handle + " " + word);
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".live-posts")));
        assertThat(banner.getText()).isEqualTo("1 new post: show");
        assertThat(browser.findElement(By.cssSelector("article.post")).getRect().getY())
                .as("the notice floats over the feed: the cards stay under the reader's pointer").isEqualTo(firstCard);

        notice.click();
        wait.until(ExpectedConditions.urlMatches(".*/posts/\\d+$"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(word);
        assertThat(absent(By.cssSelector(".bell .unread-count"))).as("read once opened").isTrue();
    }

    @Test
    void aColleaguesCommentsAppearInPlaceWhileYouWriteYours() {
        String handle = Agora.unique("noe");
        TestAccounts.member("Noé " + handle, handle + "@agora.test");
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("thread");
        admin.get("/");
        assertThat(admin.post("/posts", Map.of("text", "Lunch plans " + word)).status()).isEqualTo(303);
        long post = Posts.postId(admin.get("/").body(), "Lunch plans " + word);

        signIn(handle + "@agora.test", TestAccounts.PASSWORD);
        browser.get(Agora.URL + "/posts/" + post);
        wait.until(d -> d.findElement(By.cssSelector(".bell")).getAttribute("data-unread") != null);
        WebElement box = browser.findElement(By.cssSelector("#comments > .comment-form textarea"));
        box.sendKeys("Half-written thought");
        ((JavascriptExecutor) browser).executeScript("window.agoraStayed = true;");

        long first = Posts.comment(admin, post, "Pizza at noon " + word);
        WebElement arrived = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-" + first)));
        assertThat(arrived.getText()).contains("Pizza at noon " + word).contains(TestAccounts.ADMIN_NAME);
        long reply = Posts.comment(admin, post, "Or sushi " + word, first);
        WebElement nested = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#comment-" + first + " .replies #comment-" + reply)));
        assertThat(nested.getText()).contains("Or sushi " + word);

        assertThat(((JavascriptExecutor) browser).executeScript("return window.agoraStayed === true;"))
                .as("the page was not reloaded").isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("#comments > .comment-form textarea")).getAttribute("value"))
                .as("what I was typing is still there").isEqualTo("Half-written thought");
        assertThat(browser.findElement(By.cssSelector("#comments h2")).getText()).isEqualTo("2 comments");
        assertThat(absent(By.cssSelector(".live-comments:not([hidden])"))).as("no banner: they are in place").isTrue();
    }
}
