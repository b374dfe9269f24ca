package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An employee in a real browser fills in their profile, uploads a photo and is found in the directory. */
@AgoraTest
class ProfileJourneyIT extends BrowserJourney {

    /**
     * Submits a form with its button as a click would; headless Chromium reports long forms' buttons as covered by
     * the sticky navigation, so the browser is asked to submit through the button instead.
     */
    private void press(String css) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
    }

    @Test
    void editTheProfileUploadAPhotoAndBeFoundInTheDirectory() throws IOException {
        String last = Agora.unique("Journey");
        String email = last.toLowerCase() + "@profiles.test";
        TestAccounts.member("Noémie " + last, email);
        browser.get(Agora.URL + "/");
        signIn(email, TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.composer")));

        browser.findElement(By.cssSelector("a.my-profile")).click();
        wait.until(ExpectedConditions.titleIs("My profile · Agora"));
        String skill = Agora.unique("Rust");
        browser.findElement(By.id("location")).sendKeys("Grenoble");
        browser.findElement(By.id("bio")).sendKeys("Builds the payment platform.");
        browser.findElement(By.id("expertise")).sendKeys(skill + ", Payments");
        new Select(browser.findElement(By.id("locationVisibility"))).selectByValue("EVERYONE");
        browser.findElement(By.id("link1Label")).sendKeys("Talk");
        browser.findElement(By.id("link1Url")).sendKeys("https://talks.example.com/noemie");
        press("form.profile-form button[type=submit]");
        wait.until(ExpectedConditions.titleIs("Noémie " + last + " · Agora"));
        assertThat(browser.findElement(By.cssSelector(".done-notice")).getText()).isEqualTo("Your profile is saved.");
        String profile = browser.getCurrentUrl();
        assertThat(browser.findElement(By.cssSelector(".location")).getText()).isEqualTo("Grenoble");
        assertThat(browser.findElements(By.cssSelector(".expertise .tag"))).extracting(WebElement::getText)
                .containsExactly(skill, "Payments");

        browser.findElement(By.linkText("Edit my profile")).click();
        wait.until(ExpectedConditions.titleIs("My profile · Agora"));
        Path photo = Files.createTempFile("portrait", ".png");
        Files.write(photo, ProfilesIT.png(640, 480));
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        assertThat(browser.findElement(By.cssSelector("form.photo-form img.photo-preview")).isDisplayed()).isTrue();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".photo-status"), "Photo saved"));
        WebElement header = browser.findElement(By.cssSelector("a.my-profile img.avatar"));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 96", header));
        browser.get(profile);
        WebElement picture = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".profile-card img.avatar")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 400", picture));

        browser.findElement(By.linkText("People")).click();
        wait.until(ExpectedConditions.titleIs("People · Agora"));
        browser.findElement(By.id("expertise")).sendKeys(skill);
        press("form.directory-search button[type=submit]");
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".person-card")));
        assertThat(card.findElement(By.cssSelector(".person-name")).getText()).isEqualTo("Noémie " + last);
        assertThat(card.findElement(By.cssSelector("img.avatar")).getAttribute("src")).contains("size=avatar");
        card.click();
        wait.until(ExpectedConditions.titleIs("Noémie " + last + " · Agora"));
    }
}
