package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.Privacy;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An employee downloads everything Agora keeps about them from the privacy pages, and sees that an administrator
 * exported their data.
 */
@AgoraTest
class MyDataJourneyIT extends BrowserJourney {

    @Test
    void downloadMyDataThroughAnExpiringLinkAndSeeWhoReachedIt() throws IOException {
        String id = Agora.unique("mydata");
        String email = "mona-" + id + "@agora.test";
        AgoraClient mona = TestAccounts.member("Mona Mydata", email);
        mona.get("/");
        assertThat(mona.post("/posts", Map.of("text", "Mona was here " + id)).status()).isEqualTo(303);
        AgoraClient admin = TestAccounts.admin();
        long monaId = Privacy.personId(admin, email);
        assertThat(admin.get("/admin/privacy-export/" + monaId).status()).isEqualTo(200);

        signIn(email, TestAccounts.PASSWORD);
        WebElement privacy = browser.findElement(By.cssSelector("footer a.privacy-link"));
        assertThat(privacy.getAttribute("href")).endsWith("/privacy");
        // followed as its address: the footer lies far below the demo's long feed
        browser.get(privacy.getAttribute("href"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.privacy-notice")));
        browser.findElement(By.linkText("My data")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.my-data")));
        assertThat(browser.findElement(By.cssSelector("table.accesses")).getText())
                .contains(TestAccounts.ADMIN_NAME).contains("Exported your data");

        browser.findElement(By.cssSelector("button.prepare-archive")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.archive")));
        waitOn(browser, java.time.Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.archive a.download")));
        String link = browser.findElement(By.cssSelector("li.archive a.download")).getAttribute("href");
        assertThat(link).matches(".*/archives/[0-9a-f]{64}$");
        assertThat(browser.findElement(By.cssSelector("li.archive a.download")).getText()).startsWith("Download");

        AgoraClient asBrowser = new AgoraClient();
        for (Cookie c : browser.manage().getCookies()) {
            asBrowser.plantCookie(c.getName(), c.getValue());
        }
        String path = link.substring(link.indexOf("/archives/"));
        HttpResponse<byte[]> zip = asBrowser.download(path);
        assertThat(zip.statusCode()).isEqualTo(200);
        Map<String, String> entries = unzip(zip.body());
        assertThat(entries.get("account.json")).contains(email);
        assertThat(entries.get("posts.json")).contains("Mona was here " + id);
        assertThat(admin.download(path).statusCode()).as("another person's link").isEqualTo(404);
        assertThat(asBrowser.get("/archives/" + "0".repeat(64)).status()).isEqualTo(404);
    }

    private static Map<String, String> unzip(byte[] archive) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
