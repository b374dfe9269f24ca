package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.BrowserJourney;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator in a browser: adds a new hire, who chooses their password through the link and signs in; and
 * imports a French Excel file (semicolons, Windows-1252, accents) after looking at its preview.
 */
@AgoraTest
class PeopleAdminJourneyIT extends BrowserJourney {

    private void signInAsAdmin() {
        TestAccounts.admin();
        browser.get(Agora.URL + "/login");
        browser.findElement(By.id("email")).sendKeys(TestAccounts.ADMIN_EMAIL);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.composer")));
    }

    @Test
    void aNewHireChoosesTheirPasswordThroughTheLinkTheAdministratorGivesThem() {
        signInAsAdmin();
        browser.get(Agora.URL + "/admin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dashboard")));
        browser.findElement(By.cssSelector(".nav-tabs a[href='/admin/people']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.people")));

        String email = Agora.unique("newhire") + "@journey.test";
        browser.findElement(By.cssSelector("details.add-person summary")).click();
        browser.findElement(By.id("add-name")).sendKeys("Nina Newhire");
        browser.findElement(By.id("add-email")).sendKeys(email);
        browser.findElement(By.id("add-department")).sendKeys("Design");
        browser.findElement(By.id("add-title")).sendKeys("Designer");
        WebElement mail = browser.findElement(By.id("add-mail"));
        if (mail.isSelected()) {
            mail.click();
        }
        browser.findElement(By.cssSelector("details.add-person button[type=submit]")).click();
        WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-link-url")));
        assertThat(browser.findElement(By.cssSelector(".person-added")).getText()).isEqualTo("Nina Newhire is added.");
        assertThat(browser.findElement(By.cssSelector(".password-link")).getText())
                .contains("give Nina Newhire this link");
        String link = shown.getAttribute("value");
        assertThat(link).startsWith(Agora.URL + "/password-link/");

        // the new hire, in a browser of their own
        browser.manage().deleteAllCookies();
        browser.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Welcome, Nina Newhire.");
        browser.findElement(By.id("password")).sendKeys("nina-chooses-this");
        browser.findElement(By.id("confirm")).sendKeys("nina-chooses-this");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".password-set")));
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
        browser.findElement(By.id("password")).sendKeys("nina-chooses-this");
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.composer")));

        browser.manage().deleteAllCookies();
        browser.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".link-refused")));
        assertThat(browser.findElement(By.cssSelector(".link-refused")).getText())
                .contains("This link was used already.");
    }

    @Test
    void aFrenchExcelFileIsPreviewedThenImported() throws IOException {
        String d = Agora.unique("excel") + ".example";
        String csv = "Nom;Courriel;Service;Poste;Courriel du responsable\r\n"
                + "Amélie Poulain;amelie@" + d + ";Café;Serveuse;\r\n"
                + "Raphaël Poulain;raphael@" + d + ";Café;Médecin;amelie@" + d + "\r\n"
                + "Sans Adresse;;Café;Plongeur;\r\n";
        Path file = Files.createTempFile("salaries-", ".csv");
        Files.write(file, csv.getBytes(Charset.forName("windows-1252")));
        try {
            signInAsAdmin();
            browser.get(Agora.URL + "/admin/imports");
            assertThat(browser.findElement(By.cssSelector("a.import-template")).getAttribute("href"))
                    .endsWith("/admin/imports/template.csv");
            browser.findElement(By.cssSelector("input[type=file][name=file]")).sendKeys(file.toString());
            browser.findElement(By.cssSelector("form[action='/admin/imports'] button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.preview")));

            assertThat(browser.findElement(By.cssSelector(".preview-format")).getText())
                    .isEqualTo("Values separated by semicolons, read as windows-1252.");
            assertThat(browser.findElement(By.cssSelector("tr[data-line='2']")).getText())
                    .contains("Amélie Poulain", "Café", "Serveuse");
            assertThat(browser.findElement(By.cssSelector("tr[data-line='4'] .row-problem")).getText())
                    .isEqualTo("The column “Courriel” is empty.");
            WebElement confirm = browser.findElement(By.cssSelector(".confirm-import"));
            assertThat(confirm.getText()).isEqualTo("Import 2 employees");
            confirm.click();

            waitOn(browser, Duration.ofSeconds(120)).until(b -> {
                b.navigate().refresh();
                return b.findElements(By.cssSelector(".import-status")).stream()
                        .anyMatch(e -> e.getText().equals("COMPLETED"));
            });
            assertThat(browser.findElement(By.cssSelector(".count-created")).getText()).isEqualTo("2");
            assertThat(browser.findElement(By.cssSelector("table.rejections")).getText())
                    .contains("The column “Courriel” is empty.");

            browser.get(Agora.URL + "/admin/people?q=" + d);
            String people = browser.findElement(By.cssSelector("table.people")).getText();
            assertThat(people).contains("Amélie Poulain", "Raphaël Poulain", "Médecin");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
