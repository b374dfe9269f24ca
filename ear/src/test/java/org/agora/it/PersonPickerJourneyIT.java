package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.agora.it.thanks.ThanksJar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The host's person picker in a plugin's form, in a real browser, with the keyboard only. */
@AgoraTest
class PersonPickerJourneyIT extends BrowserJourney {

    @BeforeEach
    void plugin() {
        ThanksJar.installOnce();
    }

    @Test
    void typeANamePickWithTheKeyboardRemoveOneAndSend() {
        String id = Agora.unique("p").replaceAll("[^a-z0-9]", "");
        String first = "Quentin Picker" + id;
        String second = "Quinn Picker" + id;
        TestAccounts.member(first, "quentin-" + id + "@picker.test");
        TestAccounts.member(second, "quinn-" + id + "@picker.test");

        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        browser.get(Agora.URL + "/m/thanks/give");
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("to-picker")));
        assertThat(input.getDomAttribute("name")).as("the script sends ids, not the typed text").isNull();

        input.sendKeys("picker" + id);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#to-options [role=option]"), 2));
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".agora-person-chosen li"), 1));
        input.sendKeys("picker" + id);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#to-options [role=option]"), 1));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".agora-person-chosen li"), 2));
        assertThat(browser.findElement(By.cssSelector(".agora-person-chosen")).getText()).contains(first)
                .contains(second);

        WebElement removeQuinn = browser.findElement(By.cssSelector(
                ".agora-person-chosen button[aria-label='Remove " + second + "']"));
        removeQuinn.click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".agora-person-chosen li"), 1));

        browser.findElement(By.cssSelector("form.give button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "thanked"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(first).doesNotContain(second);
    }
}
