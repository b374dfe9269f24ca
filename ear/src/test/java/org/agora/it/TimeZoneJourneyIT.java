package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Axe;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A newcomer whose browser is in Tokyo is offered that zone on their first page, and dates follow it once taken. */
@AgoraTest
class TimeZoneJourneyIT extends BrowserJourney {

    @Test
    void theBrowsersZoneIsOfferedOnceAndTakenWithOneClick() {
        String email = "tomo." + Agora.unique("tzj") + "@agora.test";
        TestAccounts.member("Tomo Traveller", email);
        ((HasCdp) browser).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", "Asia/Tokyo"));
        signIn(email, TestAccounts.PASSWORD);
        var offer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.time-zone-offer")));
        assertThat(offer.getText()).contains("Asia/Tokyo");
        assertThat(Axe.seriousViolations(browser)).as("axe on the feed with the offer").isEmpty();

        browser.findElement(By.cssSelector(".time-zone-use")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".done-notice")));
        assertThat(absent(By.cssSelector("form.time-zone-offer"))).as("offered once").isTrue();
        browser.get(Agora.URL + "/profile");
        assertThat(new Select(browser.findElement(By.id("time-zone"))).getFirstSelectedOption().getText())
                .isEqualTo("Asia/Tokyo");
        assertThat(Axe.seriousViolations(browser)).as("axe on the profile with the zone").isEmpty();
    }
}
