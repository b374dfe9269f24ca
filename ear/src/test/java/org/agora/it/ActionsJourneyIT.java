package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.Posts;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Destructive actions ask first and deleting one's own comment can be undone; the space page shows one row of tabs
 * with the current one marked, and its actions in a menu.
 */
@AgoraTest
class ActionsJourneyIT extends BrowserJourney {

    private final String id = Agora.unique("aj");

    @Test
    void deletingACommentAsksFirstAndCanBeUndone() {
        String email = "dora." + id + "@agora.test";
        AgoraClient dora = TestAccounts.member("Dora Deleter", email);
        dora.get("/");
        assertThat(dora.post("/posts", Map.of("text", "Offsite agenda " + id)).status()).isEqualTo(303);
        long post = Posts.postId(dora.get("/").body(), "Offsite agenda " + id);
        Posts.comment(dora, post, "Typo comment " + id);

        signIn(email, TestAccounts.PASSWORD);
        browser.get(Agora.URL + "/posts/" + post);
        By delete = By.cssSelector("#comments .delete-comment");
        browser.findElement(delete).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm-dialog")));
        assertThat(browser.findElement(By.id("confirm-question")).getText()).contains("Delete this comment");
        browser.findElement(By.cssSelector("dialog .confirm-no")).click();
        assertThat(browser.findElement(By.cssSelector("#comments")).getText()).contains("Typo comment " + id);

        browser.findElement(delete).click();
        browser.findElement(By.cssSelector("dialog .confirm-yes")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".undo-toast")));
        assertThat(browser.findElement(By.cssSelector("#comments")).getText()).doesNotContain("Typo comment " + id);
        browser.findElement(By.cssSelector(".undo-toast .undo-button")).click();
        assertThat(browser.findElement(By.cssSelector("#comments")).getText()).contains("Typo comment " + id);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("#comments")).getText()).as("undone: nothing was sent")
                .contains("Typo comment " + id);

        browser.findElement(delete).click();
        browser.findElement(By.cssSelector("dialog .confirm-yes")).click();
        waitOn(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".undo-toast")));
        waitOn(browser, Duration.ofSeconds(10)).until(d -> !dora.get("/posts/" + post).body()
                .contains("Typo comment " + id));
    }

    @Test
    void leavingASpaceIsConfirmedFromItsMenuAndTheTabsMarkWhereYouAre() {
        AgoraClient owner = TestAccounts.member("Otto Owner", "otto." + id + "@agora.test");
        String space = Spaces.create(owner, "Choir " + id, "PUBLIC");
        String email = "lena." + id + "@agora.test";
        AgoraClient lena = TestAccounts.member("Lena Leaver", email);
        lena.get(space);
        assertThat(lena.post(space + "/join", Map.of()).status()).isEqualTo(303);

        signIn(email, TestAccounts.PASSWORD);
        browser.get(Agora.URL + space + "/members");
        assertThat(browser.findElement(By.cssSelector(".space-tabs a[aria-current=page]")).getText())
                .isEqualTo("Members");
        browser.get(Agora.URL + space);
        assertThat(browser.findElement(By.cssSelector(".space-tabs a[aria-current=page]")).getText())
                .isEqualTo("Posts");
        assertThat(browser.findElement(By.cssSelector(".leave-space")).isDisplayed()).as("in the menu").isFalse();

        browser.findElement(By.cssSelector(".space-menu > summary")).click();
        browser.findElement(By.cssSelector(".leave-space")).click();
        browser.findElement(By.cssSelector("dialog .confirm-no")).click();
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector(".leave-space"))).as("still a member").hasSize(1);

        browser.findElement(By.cssSelector(".space-menu > summary")).click();
        browser.findElement(By.cssSelector(".leave-space")).click();
        assertThat(browser.findElement(By.id("confirm-question")).getText()).contains("Leave this space?");
        browser.findElement(By.cssSelector("dialog .confirm-yes")).click();
        wait.until(ExpectedConditions.urlToBe(Agora.URL + "/spaces"));
        browser.get(Agora.URL + space);
        assertThat(absent(By.cssSelector(".leave-space"))).as("no longer a member").isTrue();
    }
}
