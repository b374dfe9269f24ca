package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Axe;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.Chats;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.SharedState;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Images dropped or pasted into a post, a comment or a wiki page upload at once and appear in the text as Markdown;
 * they pass the attachments' checks, and an image written in a private space or a conversation stays inside it.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class InlineImagesJourneyIT extends BrowserJourney {

    private final String id = Agora.unique("img");

    // a PNG drawn in the page, then handed to the text area as a drop or a paste would
    private static final String GIVE_IMAGE = """
            const area = arguments[0], kind = arguments[1], done = arguments[arguments.length - 1];
            const canvas = document.createElement('canvas');
            canvas.width = 30; canvas.height = 20;
            const g = canvas.getContext('2d'); g.fillStyle = '#c026d3'; g.fillRect(0, 0, 30, 20);
            canvas.toBlob(blob => {
                const data = new DataTransfer();
                data.items.add(new File([blob], 'chart.png', {type: 'image/png'}));
                area.focus();
                const event = kind === 'paste'
                        ? new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true})
                        : new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true});
                area.dispatchEvent(event);
                done(true);
            }, 'image/png');""";

    private void give(WebElement area, String kind) {
        ((JavascriptExecutor) browser).executeAsyncScript(GIVE_IMAGE, area, kind);
        wait.until(d -> area.getDomProperty("value").matches("(?s).*!\\[chart\\.png]\\(/images/[0-9a-f]{32}\\).*"));
    }

    @Test
    void anImageDroppedInThePostAndPastedInACommentShowsInThem() {
        String email = "ines." + id + "@agora.test";
        AgoraClient ines = TestAccounts.member("Ines Image", email);
        signIn(email, TestAccounts.PASSWORD);
        assertThat(browser.findElements(By.cssSelector("form.composer .tool-image"))).hasSize(1);
        assertThat(Axe.seriousViolations(browser)).as("axe on the feed with the toolbar").isEmpty();

        WebElement text = browser.findElement(By.cssSelector("form.composer textarea[name=text]"));
        text.sendKeys("Sales chart " + id + " ");
        give(text, "drop");
        browser.findElement(By.cssSelector("form.composer button[type=submit]")).click();
        By shown = By.xpath("//article[contains(., 'Sales chart " + id + "')]//div[contains(@class,'rich-text')]"
                + "//img[starts-with(@src, '/images/')]");
        WebElement image = wait.until(d -> d.findElement(shown));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].naturalWidth", image)).intValue() == 30);
        assertThat(image.getDomAttribute("alt")).isEqualTo("chart.png");

        long post = Posts.postId(ines.get("/").body(), "Sales chart " + id);
        browser.get(Agora.URL + "/posts/" + post);
        WebElement comment = browser.findElements(By.cssSelector("form.comment-form textarea[name=text]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        give(comment, "paste");
        comment.sendKeys(" the same, pasted");
        comment.submit();
        wait.until(d -> d.findElements(By.cssSelector("#comments img[src^='/images/']")).size() == 1);
    }

    @Test
    void theToolbarsImageButtonUploadsTheChosenImage() {
        String email = "bea." + id + "@agora.test";
        TestAccounts.member("Bea Button", email);
        signIn(email, TestAccounts.PASSWORD);
        WebElement text = browser.findElement(By.cssSelector("form.composer textarea[name=text]"));
        // the file chooser the button opens is answered in the page, as a person choosing chart.png would
        ((JavascriptExecutor) browser).executeScript("""
                HTMLInputElement.prototype.click = function () {
                    if (this.type !== 'file') { return; }
                    const input = this, canvas = document.createElement('canvas');
                    canvas.width = 30; canvas.height = 20;
                    canvas.toBlob(blob => {
                        const data = new DataTransfer();
                        data.items.add(new File([blob], 'chart.png', {type: 'image/png'}));
                        input.files = data.files;
                        input.dispatchEvent(new Event('change'));
                    }, 'image/png');
                };""");
        browser.findElement(By.cssSelector("form.composer .tool-image")).click();
        wait.until(d -> text.getDomProperty("value").matches("!\\[chart\\.png]\\(/images/[0-9a-f]{32}\\)"));
    }

    @Test
    void theWikiEditorTakesAPastedImageAndCtrlEnterSavesThePage() {
        String email = "walt." + id + "@agora.test";
        TestAccounts.member("Walt Wiki", email);
        signIn(email, TestAccounts.PASSWORD);
        browser.get(Agora.URL + "/m/wiki/new");
        browser.findElement(By.id("title")).sendKeys("Floor plan " + id);
        WebElement text = browser.findElement(By.id("text"));
        assertThat(browser.findElements(By.cssSelector(".wiki-editor .tool-image"))).hasSize(1);
        give(text, "paste");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(d -> d.findElements(By.cssSelector(".wiki img[src^='/images/']")).size() == 1);
    }

    @Test
    void anImagePastedInAMessageIsSeenByTheConversationsReadersOnly() {
        String email = "mia." + id + "@agora.test";
        AgoraClient mia = TestAccounts.member("Mia Message", email);
        AgoraClient noa = TestAccounts.member("Noa Reader", "noa." + id + "@agora.test");
        AgoraClient outsider = TestAccounts.member("Ugo Outside", "ugo." + id + "@agora.test");
        long conversation = Chats.direct(mia, "noa." + id);

        signIn(email, TestAccounts.PASSWORD);
        browser.get(Agora.URL + "/messages/" + conversation);
        WebElement text = browser.findElement(By.id("chat-text"));
        text.sendKeys("The whiteboard " + id + " ");
        give(text, "paste");
        String url = text.getDomProperty("value").replaceAll("(?s).*\\((/images/[0-9a-f]{32})\\).*", "$1");
        browser.findElement(By.cssSelector("#composer button.send")).click();
        wait.until(d -> d.findElements(By.cssSelector(".chat-message img[src='" + url + "']")).size() == 1);

        assertThat(noa.download(url).statusCode()).as("a reader of the conversation").isEqualTo(200);
        outsider.get("/");
        assertThat(outsider.download(url).statusCode()).as("someone outside it, with the address").isEqualTo(404);
        Page intruding = outsider.postFile("/images", Map.of("_csrf", outsider.csrf(),
                "conversation", String.valueOf(conversation)), "image", "x.png", "image/png", SampleFiles.png());
        assertThat(intruding.status()).as("not a member of the conversation").isEqualTo(403);
        assertThat(intruding.body()).contains("Only the members of this conversation add images");
    }

    @Test
    void onlyImagesWithinTheLimitsAreTakenAndThoseOfAPrivateSpaceStayInIt() {
        AgoraClient owner = TestAccounts.member("Pia Private", "pia." + id + "@agora.test");
        owner.get("/spaces");
        String space = Spaces.create(owner, "Board " + id, "PRIVATE");
        String slug = space.substring(space.lastIndexOf('/') + 1);
        owner.get(space);

        Page refused = owner.postFile("/images", Map.of("_csrf", owner.csrf(), "space", slug), "image",
                "notes.png", "image/png", "not a picture at all".getBytes());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("is not a JPEG, PNG, WebP or GIF image");
        Page unsigned = owner.postFile("/images", Map.of("space", slug), "image", "a.png", "image/png",
                SampleFiles.png());
        assertThat(unsigned.status()).as("no CSRF token").isEqualTo(403);

        Page stored = owner.postFile("/images", Map.of("_csrf", owner.csrf(), "space", slug), "image",
                "plan.png", "image/png", SampleFiles.png());
        assertThat(stored.status()).isEqualTo(200);
        String url = stored.body().replaceAll("(?s).*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(url).matches("/images/[0-9a-f]{32}");
        assertThat(owner.download(url).headers().firstValue("Content-Type")).contains("image/png");

        AgoraClient outsider = TestAccounts.member("Oli Outside", "oli." + id + "@agora.test");
        outsider.get("/");
        assertThat(outsider.download(url).statusCode()).isEqualTo(404);
        Page intruding = outsider.postFile("/images", Map.of("_csrf", outsider.csrf(), "space", slug), "image",
                "x.png", "image/png", SampleFiles.png());
        assertThat(intruding.status()).as("not a member of the space").isIn(403, 404);

        AgoraClient francine = TestAccounts.member("Francine Fr", "fr." + id + "@agora.test").acceptLanguage("fr");
        francine.get("/");
        Page refusedFr = francine.postFile("/images", Map.of("_csrf", francine.csrf()), "image", "doc.pdf",
                "application/pdf", SampleFiles.pdf("hello"));
        assertThat(refusedFr.status()).isEqualTo(400);
        assertThat(refusedFr.body()).contains("n'est pas une image");
    }
}
