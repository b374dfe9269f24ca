package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An employee's first minutes in a real browser: sign in, post in Markdown, find it, open the wiki. */
@AgoraTest
class BrowserJourneyIT extends BrowserJourney {

    @BeforeEach
    void administrator() {
        TestAccounts.admin();
    }

    private void signIn() {
        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
    }

    @Test
    void signInPostInMarkdownFindItAndOpenTheWiki() {
        signIn();
        String word = Agora.unique("journey");

        browser.findElement(By.id("text")).sendKeys("Quarterly **kickoff** on Monday: " + word);
        browser.findElement(By.cssSelector("form.composer .preview-button")).click();
        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.composer .composer-preview strong")));
        assertThat(preview.getText()).isEqualTo("kickoff");
        browser.findElement(By.cssSelector("form.composer .preview-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
        browser.findElement(By.cssSelector("form.composer button[type=submit]")).click();
        WebElement bold = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[contains(@class,'post')]//strong[text()='kickoff']")));
        assertThat(bold.findElement(By.xpath("..")).getText()).contains(word);

        WebElement search = browser.findElement(By.cssSelector("nav input[name=q]"));
        search.sendKeys(word, Keys.ENTER);
        WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".snippet mark")));
        assertThat(mark.getText()).isEqualTo(word);
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("1 post found");

        browser.findElement(By.linkText("Wiki")).click();
        wait.until(ExpectedConditions.titleIs("Wiki · Agora"));
        browser.findElement(By.linkText("New page")).click();
        String title = "Travel policy " + word;
        browser.findElement(By.id("title")).sendKeys(title);
        WebElement text = browser.findElement(By.id("text"));
        text.sendKeys("## Trains first\n\nBook *second class* for trips under 4 hours.");
        // saved from the keyboard, as the editor's toolbar offers
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.titleIs(title + " · Agora"));
        assertThat(browser.findElement(By.cssSelector(".rich-text h3")).getText())
                .as("## is a level below the page's own heading").isEqualTo("Trains first");
        assertThat(browser.findElement(By.cssSelector(".rich-text em")).getText()).isEqualTo("second class");
    }

    @Test
    void anEmptyPostShowsTheMessageOnTheForm() {
        signIn();
        browser.findElement(By.id("text")).sendKeys("   ");
        browser.findElement(By.cssSelector("form.composer button[type=submit]")).click();
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".invalid-feedback")));
        assertThat(message.getText()).isEqualTo("Write something before posting.");
    }

    @Test
    void onAPhoneTheMenuFoldsBehindAToggle() {
        signIn();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        WebElement wiki = browser.findElement(By.cssSelector("a.nav-link[href='/m/wiki/']"));
        assertThat(wiki.isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("label.navbar-toggler")).click();
        wait.until(ExpectedConditions.visibilityOf(wiki));
        assertThat(wiki.isDisplayed()).isTrue();
    }
}
