package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Searching in a real browser: suggestions while typing, then narrowing the results with facets. */
@AgoraTest
class SearchJourneyIT extends BrowserJourney {

    private static String letters(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (char c : Long.toString(System.nanoTime(), 36).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('q' + (c - '0') % 10) : c);
        }
        return word.toString();
    }

    @Test
    void typeForSuggestionsThenNarrowResultsWithFacets() {
        AgoraClient admin = TestAccounts.admin();
        String surname = letters("Wyndham");
        TestAccounts.member("Yvonne " + surname, surname.toLowerCase() + "@journey.test");
        String word = Agora.unique("harvest");
        String tag = letters("crop");
        admin.get("/");
        assertThat(admin.post("/posts", Map.of("text", "The " + word + " starts on Monday #" + tag)).status())
                .isEqualTo(303);
        assertThat(admin.post("/posts", Map.of("text", "Volunteers for the " + word + ", please")).status())
                .isEqualTo(303);

        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        browser.get(Agora.URL + "/search");
        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys(surname.substring(0, 9));
        WebElement person = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search-suggestions .search-suggestion[data-type='person']")));
        assertThat(person.getText()).contains("Yvonne " + surname).contains("Person");
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches(".*/people/\\d+$"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Yvonne " + surname);

        browser.get(Agora.URL + "/search");
        box = browser.findElement(By.id("search-box"));
        box.sendKeys(tag.substring(0, 8));
        WebElement hashtag = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search-suggestions .search-suggestion[data-type='hashtag']")));
        assertThat(hashtag.getText()).contains("#" + tag.toLowerCase());

        box.clear();
        box.sendKeys(word, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"),
                "2 posts found"));
        assertThat(browser.findElements(By.cssSelector(".search-hit"))).hasSize(2);
        WebElement tagFacet = browser.findElement(By.cssSelector(".facet[data-facet='tag'] .facet-value"));
        assertThat(tagFacet.getText()).isEqualTo("#" + tag.toLowerCase());
        tagFacet.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"),
                "1 post found"));
        assertThat(browser.findElement(By.cssSelector(".search-hit")).getText()).contains("starts on Monday");
        browser.findElement(By.cssSelector(".clear-filters")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"),
                "2 posts found"));
        browser.findElement(By.linkText("Newest first")).click();
        wait.until(ExpectedConditions.urlContains("sort=date"));
        assertThat(browser.findElements(By.cssSelector(".search-hit")).get(0).getText()).contains("Volunteers");
    }

    @Test
    void theHeaderBoxOfEveryPageSuggestsWithTheKeyboard() {
        AgoraClient admin = TestAccounts.admin();
        String name = letters("Orchard");
        Spaces.create(admin, name + " guild", "Fruit", "PUBLIC");
        String shared = letters("Orchid");
        Spaces.create(admin, shared + " board", "SECRET");
        Spaces.create(admin, shared + " club", "PUBLIC");
        String reader = letters("reader");
        TestAccounts.member("Reader " + reader, reader + "@journey.test");

        signIn(reader + "@journey.test", TestAccounts.PASSWORD);
        WebElement box = browser.findElement(By.id("header-search"));
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        box.sendKeys(name.substring(0, 10));
        WebElement space = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#header-suggestions[role='listbox'] .search-suggestion[data-type='space']")));
        assertThat(space.getText()).contains(name + " guild").contains("Space");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");

        box.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("header-suggestions")));
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box.getAttribute("value")).as("Escape closes the list, keeping the text")
                .isEqualTo(name.substring(0, 10));

        box.sendKeys(Keys.BACK_SPACE);
        space = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#header-suggestions .search-suggestion[data-type='space']")));
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(space.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(space.getAttribute("id"));
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/spaces/"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(name + " guild");

        // a secret space the reader is not a member of is never suggested
        box = browser.findElement(By.id("header-search"));
        box.sendKeys(shared.substring(0, 10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#header-suggestions .search-suggestion[data-type='space']")));
        assertThat(browser.findElement(By.id("header-suggestions")).getText())
                .contains(shared + " club").doesNotContain(shared + " board");
    }
}
