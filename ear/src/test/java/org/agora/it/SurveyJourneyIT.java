package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A communicator runs a survey in a real browser: builds it with four kinds of question, reorders them, previews and
 * publishes it; three colleagues answer it; the author reads the charts and downloads the CSV.
 */
@AgoraTest
class SurveyJourneyIT extends BrowserJourney {

    private void open(String path, By ready) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(Agora.URL + path);
            return !browser.findElements(ready).isEmpty();
        });
    }

    private void press(String css) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
        wait.until(ExpectedConditions.stalenessOf(button));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void addQuestion(String type, String text, String options) {
        new Select(browser.findElement(By.id("type"))).selectByValue(type);
        type("text", text);
        type("options", options);
        press("form.survey-add button[type=submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".survey-questions"), text));
    }

    private void click(String css) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", browser.findElement(By.cssSelector(css)));
    }

    private void answerAs(String email, String survey, String choice, String rating, String yesNo, String words) {
        browser.manage().deleteAllCookies();
        signIn(email, TestAccounts.PASSWORD);
        open(survey, By.cssSelector("form.survey-form"));
        assertThat(browser.findElement(By.cssSelector(".survey-privacy")).getText()).contains("Named survey");
        click("#q0-" + choice);
        click("#q1-" + rating);
        click("#q2-" + yesNo);
        browser.findElement(By.cssSelector("textarea[name=q3]")).sendKeys(words);
        press("form.survey-form button[type=submit]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success[role=status]"),
                "Thank you"));
    }

    @Test
    void buildPublishAnswerFromThreeAccountsReadTheChartsAndDownloadTheCsv() {
        String id = Agora.unique("q");
        String title = "Lunch survey " + id;
        String[] emails = new String[3];
        for (int p = 0; p < 3; p++) {
            emails[p] = "lunch" + p + "." + id + "@agora.test";
            TestAccounts.member("Luncher" + p + " " + id, emails[p]);
        }
        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        open("/m/surveys/new", By.id("title"));
        type("title", title);
        press("form[action^='/m/surveys/new'] button[type=submit]");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.survey-add")));
        addQuestion("yes_no", "Do you eat on site?", "");
        addQuestion("single", "Favourite canteen dish?", "Soup\nSalad\nCurry");
        addQuestion("rating", "Rate the canteen", "");
        addQuestion("text", "Any suggestion?", "");
        // the yes/no question goes third: two moves down
        press("form[action*='/move'] input[name=question][value='0'] ~ button");
        press("form[action*='/move'] input[name=question][value='1'][type=hidden] ~ input[value=down] ~ button");
        assertThat(browser.findElements(By.cssSelector(".survey-questions .question-text")))
                .extracting(WebElement::getText)
                .containsExactly("Favourite canteen dish?", "Rate the canteen", "Do you eat on site?",
                        "Any suggestion?");
        String survey = browser.getCurrentUrl().replace(Agora.URL, "").replace("/edit", "");

        open(survey + "/preview", By.cssSelector("fieldset[disabled]"));
        assertThat(browser.findElements(By.cssSelector(".survey-question"))).hasSize(4);
        open(survey + "/edit", By.cssSelector("form[action$='/publish']"));
        press("form[action$='/publish'] button");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.survey-form")));

        answerAs(emails[0], survey, "2", "5", "yes", "More curry, s'il vous plaît");
        answerAs(emails[1], survey, "2", "4", "no", "Open earlier");
        answerAs(emails[2], survey, "0", "3", "yes", "Soupe à l'oignon");

        browser.manage().deleteAllCookies();
        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        open(survey + "/results", By.cssSelector(".survey-result"));
        assertThat(browser.findElement(By.cssSelector(".survey-responses")).getText()).isEqualTo("3 responses");
        assertThat(browser.findElements(By.cssSelector(".survey-result")).get(0)
                .findElements(By.cssSelector(".bar-count"))).extracting(WebElement::getText)
                .containsExactly("1 · 33 %", "0 · 0 %", "2 · 67 %");
        assertThat(browser.findElement(By.cssSelector(".survey-mean")).getText()).contains("Mean 4.0");
        assertThat(browser.findElements(By.cssSelector(".survey-texts li"))).extracting(WebElement::getText)
                .containsExactly("More curry, s'il vous plaît", "Open earlier", "Soupe à l'oignon");
        String csvLink = browser.findElement(By.linkText("Download CSV")).getAttribute("href");

        AgoraClient admin = TestAccounts.admin();
        HttpResponse<byte[]> csv = admin.download(csvLink.replace(Agora.URL, ""));
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFRespondent,Favourite canteen dish?,Rate the canteen,Do you eat on site?,")
                .contains("Luncher2 " + id + ",Soup,3,Yes,Soupe à l'oignon");
    }

    @Test
    void aQuickPollIsAnsweredInOneClickFromTheFeedCardWhichThenShowsTheResults() {
        String id = Agora.unique("p");
        AgoraClient asker = TestAccounts.member("Asker " + id, "asker." + id + "@agora.test");
        String voter = "voter." + id + "@agora.test";
        TestAccounts.member("Voter " + id, voter);
        asker.get("/m/surveys/poll");
        assertThat(asker.post("/m/surveys/poll", java.util.Map.of("question", "Team lunch on " + id + "?",
                "options", "Thursday\nFriday")).status()).isEqualTo(303);

        signIn(voter, TestAccounts.PASSWORD);
        open("/", By.cssSelector(".plugin-card .poll-option"));
        WebElement card = browser.findElement(By.xpath(
                "//article[contains(@class,'post')][.//a[contains(@class,'content-title')][contains(.,'" + id + "')]]"));
        String cardId = card.getAttribute("id");
        ((JavascriptExecutor) browser).executeScript("window.agoraStayed = true;");
        card.findElements(By.cssSelector(".poll-option")).get(1).click();

        WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#" + cardId + " .survey-poll-results")));
        assertThat(results.getText()).contains("1 response").contains("Friday").contains("1 · 100 %");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.agoraStayed === true;"))
                .as("answered without leaving the feed").isEqualTo(true);
        assertThat(absent(By.cssSelector("#" + cardId + " .poll-option"))).as("the choices give way to the results")
                .isTrue();
    }
}
