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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A colleague mentions you while your feed is open: the bell, a notice and the new-post banner appear live. */
@AgoraTest
class NotificationsJourneyIT extends BrowserJourney {

    @Test
    void aMentionAppearsLiveInTheOtherPersonsBrowser() {
        String handle = Agora.unique("lea");
        TestAccounts.member("Léa " + handle, handle + "@agora.test");
        AgoraClient admin = TestAccounts.admin();

        signIn(handle + "@agora.test", TestAccounts.PASSWORD);
        assertThat(browser.findElements(By.cssSelector(".bell .unread-count"))).isEmpty();
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

        notice.click();
        wait.until(ExpectedConditions.urlMatches(".*/posts/\\d+$"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(word);
        assertThat(browser.findElements(By.cssSelector(".bell .unread-count"))).as("read once opened").isEmpty();
    }
}
