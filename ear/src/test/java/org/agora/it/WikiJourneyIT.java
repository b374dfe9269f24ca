package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An employee documents a process in the wiki in a real browser: creates a page that links to a page that does not
 * exist yet, creates that one from the link, edits it twice, compares the revisions, restores the first one and
 * finds the page by search.
 */
@AgoraTest
class WikiJourneyIT extends BrowserJourney {

    private void press(String css) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
    }

    /**
     * Opens a page until it shows {@code ready}: the host gives a plugin a few seconds per request, which the
     * wiki's first request after a deployment may need on a busy machine (an error box then shows instead).
     */
    private void open(String path, By ready) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(Agora.URL + path);
            return !browser.findElements(ready).isEmpty();
        });
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void save(String heading) {
        WebElement form = browser.findElement(By.cssSelector("form.wiki-editor"));
        press("form.wiki-editor button[type=submit]");
        wait.until(ExpectedConditions.stalenessOf(form));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wiki h1"), heading));
    }

    @Test
    void documentAProcessLinkItEditItCompareRestoreAndFindIt() {
        String id = Agora.unique("j");
        String word = "quokka" + id.substring(1);
        String guide = "Onboarding " + id;
        String missing = "Laptop setup " + id;
        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);

        open("/m/wiki/new", By.id("title"));
        type("title", guide);
        type("text", "Start with [[" + missing + "]].");
        save(guide);
        WebElement link = browser.findElement(By.cssSelector("a.wiki-link.missing"));
        assertThat(link.getText()).isEqualTo(missing);

        link.click();
        wait.until(ExpectedConditions.attributeToBe(By.id("title"), "value", missing));
        type("text", "Install the " + word + " agent.");
        save(missing);

        open("/m/wiki/page/" + guideSlug(guide), By.cssSelector("a.wiki-link"));
        WebElement found = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.wiki-link")));
        assertThat(found.getAttribute("class")).doesNotContain("missing");
        found.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wiki h1"), missing));
        assertThat(browser.findElements(By.cssSelector(".wiki-backlinks a"))).extracting(WebElement::getText)
                .containsExactly(guide);

        edit("Install the " + word + " agent, then sign in.", "sign in");
        edit("Install the " + word + " agent, then sign in and reboot.", "reboot");

        browser.findElement(By.linkText("History")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr[data-revision]"), 3));
        browser.findElement(By.cssSelector("tr[data-revision='1'] input[name=from]")).click();
        browser.findElement(By.cssSelector("tr[data-revision='3'] input[name=to]")).click();
        press(".wiki-history ~ button[type=submit]");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wiki-diff .line.added")));
        assertThat(browser.findElement(By.cssSelector(".wiki-diff .line.removed")).getText())
                .contains("Install the " + word + " agent.");
        assertThat(browser.findElement(By.cssSelector(".wiki-diff .line.added")).getText()).contains("reboot");

        press(".wiki-restore");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wiki h1"), missing));
        assertThat(browser.findElement(By.cssSelector(".wiki .rich-text")).getText())
                .isEqualTo("Install the " + word + " agent.");

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(Agora.URL + "/search?q=" + word);
            List<WebElement> hits = browser.findElements(By.partialLinkText(missing));
            return !hits.isEmpty();
        });
        browser.findElement(By.partialLinkText(missing)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wiki h1"), missing));
    }

    private void edit(String text, String comment) {
        browser.findElement(By.cssSelector(".wiki-actions a.btn-primary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.wiki-editor")));
        type("text", text);
        type("comment", comment);
        String heading = browser.findElement(By.id("title")).getAttribute("value");
        save(heading);
    }

    private static String guideSlug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
