package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Axe;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.Posts;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The main pages as every employee meets them: on a phone 390 pixels wide nothing scrolls sideways, even with an
 * unbroken word forty characters long; axe-core finds no serious or critical accessibility problem; each page has
 * one level-one heading; j and k move between posts.
 */
@AgoraTest
class PagesJourneyIT extends BrowserJourney {

    private final String id = Agora.unique("pj");
    private final String longWord = "Supercalifragilisticexpialidocious" + "X".repeat(60);

    /** @return the main pages of a member with a space, a post, a comment and a long word everywhere */
    private List<String> mainPages(String email) {
        AgoraClient member = TestAccounts.member("Petra " + longWord, email);
        String spaceUrl = Spaces.create(member, "Pages " + id, longWord, "PUBLIC");
        member.get(spaceUrl);
        assertThat(member.post(spaceUrl + "/posts", Map.of("text", "A long word " + longWord + " #pages")).status())
                .isEqualTo(303);
        long post = Posts.postId(member.get(spaceUrl).body(), longWord);
        Posts.comment(member, post, "Comment with " + longWord);
        return List.of("/", "/spaces", spaceUrl, spaceUrl + "/members", spaceUrl + "/documents", "/posts/" + post,
                "/people", "/profile", "/notifications", "/saved", "/search?q=" + longWord.substring(0, 10),
                "/hashtags/pages");
    }

    @Test
    void onAPhoneNoMainPageScrollsSidewaysAndAxeFindsNoSeriousProblem() {
        String email = "petra." + id + "@agora.test";
        List<String> pages = mainPages(email);
        signIn(email, TestAccounts.PASSWORD);
        browser.manage().window().setSize(new Dimension(390, 844));
        SoftAssertions softly = new SoftAssertions();
        for (String path : pages) {
            browser.get(Agora.URL + path);
            softly.assertThat(Axe.sidewaysScroll(browser)).as("sideways scroll on " + path + ": " + Axe.widest(browser))
                    .isLessThanOrEqualTo(0);
            softly.assertThat(browser.findElements(By.tagName("h1"))).as("one level-one heading on " + path).hasSize(1);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        for (String path : pages) {
            browser.get(Agora.URL + path);
            softly.assertThat(Axe.seriousViolations(browser)).as("axe on " + path).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void jAndKMoveBetweenPosts() {
        String email = "jake." + id + "@agora.test";
        AgoraClient jake = TestAccounts.member("Jake Keys", email);
        jake.get("/");
        for (int i = 0; i < 3; i++) {
            assertThat(jake.post("/posts", Map.of("text", "Keyboard post " + i + " " + id)).status()).isEqualTo(303);
        }
        signIn(email, TestAccounts.PASSWORD);
        List<WebElement> posts = browser.findElements(By.cssSelector("article.post"));
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys("j");
        assertThat(active().getAttribute("id")).isEqualTo(posts.get(0).getAttribute("id"));
        active().sendKeys("j");
        assertThat(active().getAttribute("id")).isEqualTo(posts.get(1).getAttribute("id"));
        active().sendKeys("k");
        assertThat(active().getAttribute("id")).isEqualTo(posts.get(0).getAttribute("id"));
        browser.findElement(By.id("text")).sendKeys("j");
        assertThat(active().getAttribute("id")).as("typing j in a text field types it").isEqualTo("text");
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo("j");
        browser.findElement(By.id("text")).sendKeys(Keys.BACK_SPACE);
    }

    private WebElement active() {
        return (WebElement) ((JavascriptExecutor) browser).executeScript("return document.activeElement");
    }
}
