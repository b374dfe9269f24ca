package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Browser;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.SharedState;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two colleagues chat live in two browsers: one starts the conversation with the people picker, each sees the
 * other's messages arrive without reloading, a call started from the conversation posts its link to both, and a
 * picture one shares shows in the other's conversation at once.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class ChatJourneyIT extends BrowserJourney {

    private WebDriver other;

    @AfterEach
    void closeOther() {
        if (other != null) {
            other.quit();
        }
    }

    @Test
    void twoPeopleChatLiveShareAPictureAndStartACall() throws IOException {
        String id = Agora.unique("chat");
        String adaEmail = "ada." + id + "@agora.test";
        String bobEmail = "bob." + id + "@agora.test";
        TestAccounts.member("Ada " + id, adaEmail);
        TestAccounts.member("Bob " + id, bobEmail);

        signIn(adaEmail, TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("a.messages-link")).click();
        WebElement picker = wait.until(ExpectedConditions.elementToBeClickable(By.id("person-picker")));
        picker.sendKeys("bob." + id);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#person-options [role=option]"), 1));
        picker.sendKeys(Keys.ENTER);
        browser.findElement(By.cssSelector("form.start-direct button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/messages/\\d+$"));
        String conversation = browser.getCurrentUrl();
        wait.until(d -> d.findElement(By.cssSelector("section.chat")).getAttribute("class").contains("live-connected"));

        other = Browser.start();
        WebDriverWait otherWait = new WebDriverWait(other, Duration.ofSeconds(15));
        other.get(Agora.URL + "/");
        otherWait.until(ExpectedConditions.urlContains("/login"));
        other.findElement(By.id("email")).sendKeys(bobEmail);
        other.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        other.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        otherWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.composer")));
        other.get(conversation);
        otherWait.until(d -> d.findElement(By.cssSelector("section.chat")).getAttribute("class")
                .contains("live-connected"));
        assertThat(other.findElement(By.cssSelector("h1.conversation-title")).getText()).isEqualTo("Ada " + id);

        WebElement text = browser.findElement(By.id("chat-text"));
        text.sendKeys("Hello Bob, **live** here");
        text.sendKeys(Keys.ENTER);
        WebElement arrived = otherWait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".chat-message.live .message-text strong")));
        assertThat(arrived.getText()).isEqualTo("live");
        wait.until(d -> d.findElement(By.id("chat-text")).getAttribute("value").isEmpty());

        WebElement answer = other.findElement(By.id("chat-text"));
        answer.sendKeys("Hi Ada");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".typing"), "Bob " + id));
        answer.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".chat-messages"), "Hi Ada"));
        otherWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".read-receipts"),
                "Seen by Ada " + id));

        browser.findElement(By.cssSelector("button.call-button")).click();
        WebElement call = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".call-link")));
        assertThat(call.getAttribute("href")).matches("https://meet\\.agora\\.test/Agora[a-z2-9]{24}");
        WebElement liveCall = otherWait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".chat-message.live .call-link")));
        assertThat(liveCall.getAttribute("href")).isEqualTo(call.getAttribute("href"));
        assertThat(other.findElement(By.cssSelector(".chat-message.live .call-notice")).getText())
                .contains("Ada " + id + " started a video call.");

        Path picture = Files.createTempFile("floor-plan", ".png");
        Files.write(picture, SampleFiles.image("png", 300, 200));
        browser.findElement(By.id("chat-files")).sendKeys(picture.toAbsolutePath().toString());
        browser.findElement(By.id("chat-text")).sendKeys("The floor plan");
        browser.findElement(By.cssSelector(".chat-composer button.send")).click();
        WebElement mine = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".chat-message .attachment-image img")));
        assertThat(mine.getAttribute("alt")).isEqualTo(picture.getFileName().toString());
        WebElement shared = otherWait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".chat-message.live .attachment-image img")));
        otherWait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", shared)).intValue() > 0);
        assertThat(((Number) ((JavascriptExecutor) other).executeScript("return arguments[0].naturalWidth",
                shared)).intValue()).as("the thumbnail, downloaded by the other reader").isEqualTo(300);
        Files.delete(picture);
    }
}
