package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Mentioning a colleague in a real browser: type @ and a few letters, pick the suggestion, post. */
@AgoraTest
class MentionsJourneyIT extends BrowserJourney {

    @BeforeEach
    void administrator() {
        TestAccounts.admin();
    }

    @Test
    void typeAnAtSignPickTheSuggestionPostAndSeeTheMention() {
        String handle = Agora.unique("zoe");
        String name = "Zoë " + handle;
        TestAccounts.member(name, handle + "@agora.test");

        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        WebElement text = browser.findElement(By.id("text"));

        text.sendKeys("Thanks @" + handle.substring(0, 7));
        WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".mention-suggestions .mention-suggestion[data-handle='" + handle + "']")));
        assertThat(suggestion.getText()).contains(name).contains("@" + handle).contains("Tester");
        suggestion.click();
        assertThat(text.getAttribute("value")).isEqualTo("Thanks @" + handle + " ");
        assertThat(browser.findElement(By.cssSelector(".mention-suggestions")).isDisplayed()).isFalse();

        text.sendKeys("for the review");
        browser.findElement(By.cssSelector("form.composer button[type=submit]")).click();
        WebElement mention = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[contains(@class,'post')]//a[text()='" + name + "']")));
        assertThat(mention.getAttribute("href")).matches(".*/people/\\d+");
        assertThat(mention.findElement(By.xpath("..")).getText()).isEqualTo("Thanks " + name + " for the review");
    }
}
