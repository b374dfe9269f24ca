package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.agora.it.support.Agora;
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
 * Two colleagues in a real browser: one creates a private space, invites the other, shares a document in two
 * versions; the other accepts; a post with a picture mentions them with a hashtag; they are notified, see the
 * picture's thumbnail, comment, react, find the post
 * in the home feed, follow the hashtag and see a later post with it from a space they did not join.
 */
@AgoraTest
class SocialJourneyIT extends BrowserJourney {

    /** Submits a form through its button; long pages put some buttons under the sticky navigation. */
    private void press(WebElement button) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
    }

    private static long postId(WebElement article) {
        return Long.parseLong(article.getAttribute("id").substring("post-".length()));
    }

    // the home feed from the post down: the other tests on the server post to the whole company meanwhile
    private static String homeFeedFrom(long postId) {
        return Agora.URL + "/?before=" + (postId + 1);
    }

    private void signOut() {
        press(browser.findElement(By.cssSelector("form[action='/logout'] button")));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void aPrivateSpaceFromInvitationToConversation() throws IOException {
        String id = Agora.unique("j");
        String ownerEmail = "olga." + id + "@agora.test";
        String guestHandle = "gus." + id;
        TestAccounts.member("Olga Journey", ownerEmail);
        TestAccounts.member("Gus Guest", guestHandle + "@agora.test");
        String space = "Launch " + id;
        String tag = "launch" + id.substring(1);

        signIn(ownerEmail, TestAccounts.PASSWORD);
        browser.get(Agora.URL + "/spaces");
        browser.findElement(By.id("name")).sendKeys(space);
        browser.findElement(By.id("kind-private")).click();
        press(browser.findElement(By.cssSelector("form[action='/spaces'] button[type=submit]")));
        wait.until(ExpectedConditions.titleIs(space + " · Agora"));
        String spaceUrl = browser.getCurrentUrl();

        browser.get(spaceUrl + "/members");
        browser.findElement(By.id("invitees-picker")).sendKeys(guestHandle);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".agora-person-options li[role=option]")));
        browser.findElement(By.id("invitees-picker")).sendKeys(Keys.ENTER);
        press(browser.findElement(By.cssSelector("form[action$='/members/invite'] button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".members-table"), "Gus Guest"));

        Path file = Files.createTempFile("plan", ".txt");
        browser.get(spaceUrl + "/documents");
        Files.writeString(file, "plan v1");
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] input[type=file]"))
                .sendKeys(file.toString());
        press(browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button")));
        browser.findElement(By.cssSelector("li.document a")).click();
        Files.writeString(file, "plan v2");
        browser.findElement(By.cssSelector("form[action$='/versions'] input[type=file]")).sendKeys(file.toString());
        press(browser.findElement(By.cssSelector("form[action$='/versions'] button")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.versions tbody tr"), 2));
        assertThat(browser.findElements(By.cssSelector("table.versions a[href$='version=1']"))).hasSize(1);

        signOut();

        signIn(guestHandle + "@agora.test", TestAccounts.PASSWORD);
        browser.get(spaceUrl);
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("This space is private");
        press(browser.findElement(By.xpath("//button[text()='Accept the invitation']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.composer")));
        signOut();

        signIn(ownerEmail, TestAccounts.PASSWORD);
        browser.get(spaceUrl);
        browser.findElement(By.id("text")).sendKeys("Kickoff on Monday, @" + guestHandle + " brings the slides #" + tag);
        Path picture = Files.createTempFile("venue", ".png");
        BufferedImage venue = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = venue.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 640, 360);
        g.dispose();
        ImageIO.write(venue, "png", picture.toFile());
        browser.findElement(By.cssSelector("form.composer input[type=file][name=files]")).sendKeys(picture.toString());
        press(browser.findElement(By.cssSelector("form.composer button[type=submit]")));
        WebElement mention = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class,'rich-text')]//a[text()='Gus Guest']")));
        assertThat(mention.getAttribute("href")).contains("/people/");
        signOut();

        signIn(guestHandle + "@agora.test", TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.cssSelector(".bell .unread-count")).getText()).isEqualTo("1");
        browser.findElement(By.cssSelector("a.bell")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[text()='Olga Journey mentioned you in a post']"))).click();
        long kickoff = postId(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[contains(@class,'post')][.//div[contains(@class,'rich-text')]//a[text()='Gus Guest']]"))));
        WebElement thumbnail = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.post .attachment-images img[alt='" + picture.getFileName() + "']")));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", thumbnail)).intValue() > 0);
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth",
                thumbnail)).intValue()).as("the thumbnail, not the picture").isEqualTo(480);
        browser.findElement(By.cssSelector("#comments > form.comment-form textarea")).sendKeys("I will bring them.");
        press(browser.findElement(By.cssSelector("#comments > form.comment-form button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "I will bring them."));
        press(browser.findElement(By.cssSelector("article.post button.reaction[data-kind='LIKE']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.reaction.mine[data-kind='LIKE']")));

        browser.get(homeFeedFrom(kickoff));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Kickoff on Monday");

        browser.get(Agora.URL + "/hashtags/" + tag);
        press(browser.findElement(By.xpath("//button[text()='Follow']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[text()='Unfollow']")));
        signOut();

        signIn(ownerEmail, TestAccounts.PASSWORD);
        browser.get(Agora.URL + "/spaces");
        browser.findElement(By.id("name")).sendKeys("Press " + id);
        press(browser.findElement(By.cssSelector("form[action='/spaces'] button[type=submit]")));
        wait.until(ExpectedConditions.titleIs("Press " + id + " · Agora"));
        browser.findElement(By.id("text")).sendKeys("Press release is out #" + tag);
        press(browser.findElement(By.cssSelector("form.composer button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Press release is out"));
        long pressRelease = postId(browser.findElement(
                By.xpath("//article[contains(@class,'post')][contains(., 'Press release is out')]")));
        signOut();

        signIn(guestHandle + "@agora.test", TestAccounts.PASSWORD);
        browser.get(homeFeedFrom(pressRelease));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).as("a public space the guest did not join")
                .contains("Press release is out");
    }
}
