package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.PluginJar;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An administrator in a real browser installs a plugin jar from the admin page, then opens and uses its page. */
@AgoraTest
@Alone
class PluginJourneyIT extends BrowserJourney {

    @Test
    void installAPluginFromTheAdminPageAndUseIt() throws IOException {
        PluginAdmin plugins = new PluginAdmin(TestAccounts.admin());
        String id = Agora.unique("lcjourney");
        Path jar = Files.createTempDirectory("agora-plugin").resolve(id + ".jar");
        Files.write(jar, PluginJar.sample(id, "1.0.0").bytes());
        try {
            signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
            browser.get(Agora.URL + "/admin/plugins");
            browser.findElement(By.id("jar")).sendKeys(jar.toString());
            press("form.plugin-upload button[type=submit]");
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-plugin='" + id + "']")));
            assertThat(row.findElement(By.cssSelector(".plugin-state")).getText()).isEqualTo("STARTED");
            assertThat(browser.findElement(By.cssSelector(".plugin-done")).getText()).contains(id);

            browser.get(Agora.URL + "/m/" + id + "/");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sample-plugin h1")))
                    .getText()).isEqualTo("Sample 1.0.0");
            String note = Agora.unique("browser note");
            browser.findElement(By.cssSelector(".sample-plugin input[name=text]")).sendKeys(note);
            press(".sample-plugin button[type=submit]");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sample-note")))
                    .getText()).isEqualTo(note);
        } finally {
            plugins.remove(id);
            Files.deleteIfExists(jar);
        }
        assertThat(PluginAdmin.files(id)).isEmpty();
    }

    /** Submits through the button, as ProfileJourneyIT does where headless Chromium reports buttons as covered. */
    private void press(String css) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
    }
}
