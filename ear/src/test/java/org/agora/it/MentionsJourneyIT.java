package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.agora.it.support.Agora;
import org.agora.it.support.Browser;
import org.agora.it.support.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Mentioning a colleague in a real browser: type @ and a few letters, pick the suggestion, post. */
@ExtendWith(ArquillianExtension.class)
class MentionsJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive agora() {
        return Agora.ear();
    }

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        TestAccounts.admin();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void typeAnAtSignPickTheSuggestionPostAndSeeTheMention() {
        String handle = Agora.unique("zoe");
        String name = "Zoë " + handle;
        TestAccounts.member(name, handle + "@agora.test");

        browser.get(Agora.URL + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("email")).sendKeys(TestAccounts.ADMIN_EMAIL);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text")));

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
                By.xpath("//article[contains(@class,'post')]//a[text()='@" + handle + "']")));
        assertThat(mention.getAttribute("href")).matches(".*/people/\\d+");
        assertThat(mention.findElement(By.xpath("..")).getText()).isEqualTo("Thanks @" + handle + " for the review");
    }
}
