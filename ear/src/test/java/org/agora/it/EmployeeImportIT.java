package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Imports;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The employee import as a Jakarta Batch job, through the admin page. */
@AgoraTest
class EmployeeImportIT {

    /** Uploads the file, which leads to its preview; nothing is imported yet. */
    private static Page stage(AgoraClient admin, String fileName, byte[] csv) {
        admin.get("/admin/imports");
        return admin.postFile("/admin/imports", Map.of("_csrf", admin.csrf()), "file", fileName, csv);
    }

    /** Uploads the file and confirms its import after the preview; @return the answer to the confirmation */
    private static Page upload(AgoraClient admin, String fileName, String csv) {
        Page staged = stage(admin, fileName, csv.getBytes(StandardCharsets.UTF_8));
        if (staged.status() != 303) {
            return staged;
        }
        assertThat(staged.location()).startsWith("/admin/imports/preview/");
        assertThat(admin.get(staged.location()).status()).isEqualTo(200);
        return admin.post(staged.location(), Map.of());
    }

    /** @return the reason shown for that line on the import's page */
    private static String reason(Page done, int line) {
        return Jsoup.parse(done.body()).select("table.rejections tr").stream()
                .filter(tr -> tr.select("td").size() > 1 && tr.select("td").get(0).text().equals(Integer.toString(line)))
                .map(tr -> tr.select("td").get(1).text()).findFirst().orElse("line " + line + " not rejected");
    }

    @Test
    void badRowsAreRejectedWithLineAndReasonAndTheSameFileTwiceChangesNothing() {
        AgoraClient admin = TestAccounts.admin();
        String d = Agora.unique("co") + ".example";
        String csv = """
                Name,E-mail,Department,Job title,Manager's e-mail
                Alice Boss,alice@%1$s,Management,CEO,
                Bob Staff,bob@%1$s,Sales,Account Executive,alice@%1$s
                Carol Early,carol@%1$s,Sales,Intern,dan@%1$s
                ,nobody@%1$s,Sales,Ghost,
                Eve Typo,eve-at-%1$s,Sales,Analyst,
                Frank Lost,frank@%1$s,Sales,Analyst,zoe@%1$s
                Dan Later,dan@%1$s,Sales,Sales Director,alice@%1$s
                """.formatted(d);
        Page started = upload(admin, "people.csv", csv);
        assertThat(started.status()).as(started.toString()).isEqualTo(303);
        assertThat(started.location()).matches("/admin/imports/\\d+");

        Page done = Imports.awaitFinished(admin, started.location());
        assertThat(done.text(".import-status")).isEqualTo("COMPLETED");
        assertThat(Imports.count(done, "count-created")).isEqualTo(4);
        assertThat(Imports.count(done, "count-rejected")).isEqualTo(3);
        assertThat(reason(done, 5)).isEqualTo("The column “Name” is empty.");
        assertThat(reason(done, 6)).isEqualTo("“eve-at-" + d + "” in the column “E-mail” is not an e-mail address.");
        assertThat(reason(done, 7)).isEqualTo("The column “Manager's e-mail” names zoe@" + d
                + ", who is neither in the file nor in Agora.");
        Page french = TestAccounts.admin().acceptLanguage("fr").get(started.location());
        assertThat(reason(french, 5)).isEqualTo("La colonne « Name » est vide.");

        Page again = Imports.awaitFinished(admin, upload(admin, "people.csv", csv).location());
        assertThat(Imports.count(again, "count-created")).isZero();
        assertThat(Imports.count(again, "count-updated")).isZero();
        assertThat(Imports.count(again, "count-unchanged")).isEqualTo(4);
        assertThat(Imports.count(again, "count-rejected")).isEqualTo(3);

        Page changed = Imports.awaitFinished(admin, upload(admin, "people.csv",
                csv.replace("Bob Staff,bob@" + d + ",Sales,Account Executive,alice@" + d,
                        "Bob Staff,bob@" + d + ",Sales,Senior Account Executive,dan@" + d)).location());
        assertThat(Imports.count(changed, "count-updated")).isEqualTo(1);
        assertThat(Imports.count(changed, "count-unchanged")).isEqualTo(3);
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedOnTheForm() {
        AgoraClient admin = TestAccounts.admin();
        Page refused = upload(admin, "wrong.csv", "name,phone\nAl,123\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select(".invalid-feedback").text()).isEqualTo(
                "The first line of the file must name the columns “e-mail”, “department”, “job title”, "
                + "“manager’s e-mail”. It has: “name”, “phone”. Rename them, or start from the template.");
        Page empty = upload(admin, "empty.csv", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Choose a CSV file to import.");
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        AgoraClient admin = TestAccounts.admin();
        Page forged = admin.postFile("/admin/imports", Map.of(), "file", "x.csv",
                "name,email,department,job_title,manager_email\n".getBytes(StandardCharsets.UTF_8));
        assertThat(forged.status()).isEqualTo(403);
        Page wrong = admin.postFile("/admin/imports", Map.of("_csrf", "nope"), "file", "x.csv",
                "name,email,department,job_title,manager_email\n".getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.status()).isEqualTo(403);
    }

    @Test
    void tenThousandEmployeesAreImported() {
        AgoraClient admin = TestAccounts.admin();
        String d = Agora.unique("big") + ".example";
        StringBuilder csv = new StringBuilder("name,email,department,job_title,manager_email\n");
        csv.append("Chief Person,chief@").append(d).append(",Board,CEO,\n");
        for (int i = 1; i < 10_000; i++) {
            csv.append("Employee ").append(i).append(",e").append(i).append('@').append(d)
                    .append(",Dept ").append(i % 40).append(",Engineer,")
                    .append(i < 100 ? "chief@" + d : "e" + (i / 100) + "@" + d).append('\n');
        }
        Page started = upload(admin, "big.csv", csv.toString());
        assertThat(started.status()).isEqualTo(303);
        Page running = admin.get(started.location());
        assertThat(running.ok().select("progress.import-progress")).hasSize(1);
        Page done = Imports.awaitFinished(admin, started.location());
        assertThat(done.text(".import-status")).isEqualTo("COMPLETED");
        assertThat(done.text()).contains("10,000 of 10,000 rows");
        assertThat(Imports.count(done, "count-created")).isEqualTo(10_000);
        assertThat(Imports.count(done, "count-rejected")).isZero();
    }

    @Test
    void twoImportsOfTheSameNewPeopleAtOnceBothCompleteAndAddEachPersonOnce() {
        AgoraClient admin = TestAccounts.admin();
        String d = Agora.unique("twice") + ".example";
        StringBuilder csv = new StringBuilder("name,email,department,job_title,manager_email\n");
        for (int i = 1; i <= 2_000; i++) {
            csv.append("Twin ").append(i).append(",t").append(i).append('@').append(d).append(",Ops,Operator,\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        // both confirmed at once: their chunks insert the same people, and one of two inserts of a person loses
        String first = stage(admin, "twins.csv", file).location();
        String second = stage(admin, "twins-again.csv", file).location();
        admin.get(first);
        Page a = admin.post(first, Map.of());
        admin.get(second);
        Page b = admin.post(second, Map.of());
        assertThat(List.of(a.status(), b.status())).containsExactly(303, 303);

        Page doneA = Imports.awaitFinished(admin, a.location());
        Page doneB = Imports.awaitFinished(admin, b.location());
        assertThat(List.of(doneA.text(".import-status"), doneB.text(".import-status")))
                .containsExactly("COMPLETED", "COMPLETED");
        assertThat(Imports.count(doneA, "count-created") + Imports.count(doneB, "count-created"))
                .as("each person added once").isEqualTo(2_000);
        for (Page done : List.of(doneA, doneB)) {
            assertThat(Imports.count(done, "count-created") + Imports.count(done, "count-unchanged"))
                    .isEqualTo(2_000);
        }
        Page found = admin.get("/admin/people?q=t1999%40" + d).ok();
        assertThat(found.select("tr[data-person]")).hasSize(1);
    }

    @Test
    void anExcelFileFromFranceIsPreviewedWithItsOwnHeadersAndImportedOnlyOnceConfirmed() {
        AgoraClient admin = TestAccounts.admin().acceptLanguage("fr");
        String d = Agora.unique("fr") + ".example";
        String csv = "Nom;Courriel;Service;Poste;Courriel du responsable\r\n"
                + "Hélène Dupré;helene@" + d + ";Comptabilité;Contrôleuse de gestion;\r\n"
                + "François Œuvre;francois@" + d + ";Comptabilité;Assistant;helene@" + d + "\r\n"
                + "Zoé Sans;pas-une-adresse;Comptabilité;Stagiaire;\r\n";
        Page staged = stage(admin, "salariés.csv", csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(staged.status()).as(staged.toString()).isEqualTo(303);
        Page preview = admin.get(staged.location());
        assertThat(preview.status()).isEqualTo(200);
        org.jsoup.nodes.Document page = Jsoup.parse(preview.body());
        assertThat(page.select(".preview-format").text())
                .isEqualTo("Valeurs séparées par des points-virgules, lues en windows-1252.");
        assertThat(page.select(".preview-summary").text()).isEqualTo("3 lignes ; 1 a un problème.");
        assertThat(page.select("table.preview thead th").eachText())
                .contains("Nom", "Courriel", "Service", "Poste", "Courriel du responsable");
        assertThat(page.select("tr[data-line=2]").text()).contains("Hélène Dupré", "Contrôleuse de gestion");
        assertThat(page.select("tr[data-line=4] .row-problem").text())
                .isEqualTo("« pas-une-adresse » dans la colonne « Courriel » n’est pas une adresse e-mail.");
        assertThat(page.select(".confirm-import").text()).isEqualTo("Importer 2 employés");
        Page nobody = admin.get("/admin/people?q=helene%40" + d).ok();
        assertThat(nobody.one("input[name=q]:not(#header-search)").val()).isEqualTo("helene@" + d);
        assertThat(nobody.select("tr[data-person]")).as("nothing imported yet").isEmpty();
        assertThat(nobody.body()).doesNotContain("Hélène");

        assertThat(admin.postRaw(staged.location(), Map.of()).status()).as("without the form's token")
                .isEqualTo(403);
        Page started = admin.post(staged.location(), Map.of());
        assertThat(started.status()).isEqualTo(303);
        Page done = Imports.awaitFinished(admin, started.location());
        assertThat(Imports.count(done, "count-created")).isEqualTo(2);
        assertThat(Imports.count(done, "count-rejected")).isEqualTo(1);
        assertThat(Jsoup.parse(admin.get("/admin/people?q=" + d).body()).select("table.people").text())
                .contains("Hélène Dupré", "François Œuvre", "Comptabilité");
        admin.get("/admin/imports");
        Page twice = admin.post(staged.location(), Map.of());
        assertThat(twice.status()).as("a file is imported once").isEqualTo(404);
        org.jsoup.nodes.Document dashboard = Jsoup.parse(admin.get("/admin").body());
        assertThat(dashboard.select("table.jobs tr[data-job=employee-import]").first().text())
                .as("the dashboard's last jobs").contains("Import des employés").contains("COMPLETED");
    }

    @Test
    void theTemplateHasTheHeadersInTheReadersLanguageAndIsReadBack() {
        AgoraClient admin = TestAccounts.admin();
        String english = new String(admin.download("/admin/imports/template.csv", "Accept-Language", "en").body(), StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFname,email,department,job_title,manager_email\r\n");
        byte[] french = admin.download("/admin/imports/template.csv", "Accept-Language", "fr").body();
        assertThat(new String(french, StandardCharsets.UTF_8))
                .startsWith("\uFEFFnom;courriel;service;poste;courriel_du_responsable\r\n");

        Page staged = stage(admin, "modele.csv", french);
        assertThat(staged.status()).as(staged.toString()).isEqualTo(303);
        org.jsoup.nodes.Document preview = Jsoup.parse(admin.get(staged.location()).body());
        assertThat(preview.select(".preview-summary").text()).isEqualTo("1 row; none has a problem.");
        assertThat(preview.select("tr[data-line=2]").text()).contains("Hélène Dupré");
    }
}
