package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A manager invites two colleagues by name with the people picker; each finds the invitation under the bell, one
 * accepts from the notification and lands in the space, able to post.
 */
@AgoraTest
class InvitationJourneyIT extends BrowserJourney {

    private void press(WebElement button) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
    }

    private void pick(String handle) {
        WebElement field = browser.findElement(By.id("invitees-picker"));
        field.sendKeys(handle);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".agora-person-options li[role=option]"), "@" + handle));
        field.sendKeys(Keys.ENTER);
    }

    @Test
    void anInvitationByNameIsAcceptedFromTheNotification() {
        String id = Agora.unique("ij");
        String managerEmail = "mona." + id + "@agora.test";
        String kimHandle = "kim." + id;
        String noahHandle = "noah." + id;
        TestAccounts.member("Mona Manager", managerEmail);
        TestAccounts.member("Kim Invited", kimHandle + "@agora.test");
        TestAccounts.member("Noah Invited", noahHandle + "@agora.test");
        String space = "Roadmap " + id;

        signIn(managerEmail, TestAccounts.PASSWORD);
        browser.get(Agora.URL + "/spaces");
        browser.findElement(By.id("name")).sendKeys(space);
        browser.findElement(By.id("kind-private")).click();
        press(browser.findElement(By.cssSelector("form[action='/spaces'] button[type=submit]")));
        wait.until(ExpectedConditions.titleIs(space + " · Agora"));
        assertThat(browser.findElement(By.cssSelector(".done-notice")).getText()).contains("Your space is created");
        String spaceUrl = browser.getCurrentUrl();

        browser.get(spaceUrl + "/members");
        pick(kimHandle);
        pick(noahHandle);
        assertThat(browser.findElements(By.cssSelector(".agora-person-chosen li"))).hasSize(2);
        press(browser.findElement(By.cssSelector("form.invite-form button[type=submit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done-notice")));
        assertThat(browser.findElement(By.cssSelector(".done-notice")).getText()).contains("Invitations sent");
        assertThat(browser.findElement(By.cssSelector(".members-table")).getText())
                .contains("Kim Invited", "Noah Invited");
        press(browser.findElement(By.cssSelector("form[action='/logout'] button")));
        wait.until(ExpectedConditions.urlContains("/login"));

        signIn(kimHandle + "@agora.test", TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.cssSelector(".bell .unread-count")).getText()).isEqualTo("1");
        browser.findElement(By.cssSelector("a.bell")).click();
        WebElement invitation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//li[contains(@class,'notification')][contains(., '" + space + "')]")));
        assertThat(invitation.getText()).contains("Mona Manager invited you to the space " + space);
        press(invitation.findElement(By.cssSelector(".invitation-answer form[action$='/join'] button")));
        wait.until(ExpectedConditions.titleIs(space + " · Agora"));
        browser.findElement(By.id("text")).sendKeys("Glad to join " + id);
        press(browser.findElement(By.cssSelector("form.composer button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Glad to join " + id));
        assertThat(absent(By.cssSelector(".bell .unread-count"))).as("the invitation is answered").isTrue();
    }
}
