package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Browser;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.Chats;
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
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two colleagues chat live in two browsers: one starts the conversation with the people picker, each sees the
 * other's messages arrive without reloading, a call started from the conversation posts its link to both, and a
 * picture one shares shows in the other's conversation at once; a page whose connection dropped shows, once back,
 * what changed meanwhile.
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
        WebDriverWait otherWait = waitOn(other, Duration.ofSeconds(15));
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

    /**
     * A page whose connection dropped learns, once connected again, what changed meanwhile in the messages it shows:
     * an edit and a deletion made while it was away.
     */
    @Test
    void aPageThatLostItsConnectionShowsWhatChangedMeanwhile() {
        String id = Agora.unique("away");
        AgoraClient ada = TestAccounts.member("Ada " + id, "ada." + id + "@agora.test");
        String bobEmail = "bob." + id + "@agora.test";
        TestAccounts.member("Bob " + id, bobEmail);
        long conversation = Chats.direct(ada, "bob." + id);
        long edited = Chats.say(ada, conversation, "Meet at ten");
        long deleted = Chats.say(ada, conversation, "Bring the slides");
        // the page's connections are kept where the test can cut them, as a lost network would
        ((HasCdp) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.agoraSockets = [];
                const Native = window.WebSocket;
                window.WebSocket = function (url, protocols) {
                    const socket = new Native(url, protocols);
                    window.agoraSockets.push(socket);
                    return socket;
                };
                window.WebSocket.prototype = Native.prototype;"""));
        signIn(bobEmail, TestAccounts.PASSWORD);
        browser.get(Agora.URL + "/messages/" + conversation);
        wait.until(d -> d.findElement(By.cssSelector("section.chat")).getAttribute("class").contains("live-connected"));

        ((JavascriptExecutor) browser).executeScript("window.agoraSockets.forEach(function (s) { s.close(); })");
        wait.until(d -> d.findElement(By.cssSelector("section.chat")).getAttribute("class").contains("live-lost"));
        String base = "/messages/" + conversation + "/messages/";
        ada.get("/messages/" + conversation);
        assertThat(ada.post(base + edited + "/edit", Map.of("text", "Meet at eleven")).status()).isEqualTo(303);
        assertThat(ada.post(base + deleted + "/delete", Map.of()).status()).isEqualTo(303);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#message-" + edited + " .message-text"), "Meet at eleven"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#message-" + deleted + ".deleted .message-deleted")));
        assertThat(absent(By.cssSelector("#message-" + deleted + " .message-text"))).as("the text is gone").isTrue();
        assertThat(browser.findElement(By.cssSelector("#message-" + edited + " .edited")).getText())
                .isEqualTo("(edited)");
        assertThat(browser.findElement(By.cssSelector("section.chat")).getAttribute("class"))
                .contains("live-connected");
    }
}
