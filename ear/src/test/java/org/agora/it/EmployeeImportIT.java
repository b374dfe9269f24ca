package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Imports;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** The employee import as a Jakarta Batch job, through the admin page. */
@AgoraTest
class EmployeeImportIT {

    private static Page upload(AgoraClient admin, String fileName, String csv) {
        admin.get("/admin/imports");
        return admin.postFile("/admin/imports", Map.of("_csrf", admin.csrf()), "file", fileName,
                csv.getBytes(StandardCharsets.UTF_8));
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
        assertThat(done.body()).contains(">COMPLETED<");
        assertThat(Imports.count(done, "count-created")).isEqualTo(4);
        assertThat(Imports.count(done, "count-rejected")).isEqualTo(3);
        assertThat(done.body()).containsPattern("<td>5</td>\\s*<td>missing name</td>")
                .containsPattern("<td>6</td>\\s*<td>bad e-mail &quot;eve-at-" + d.replace(".", "\\.") + "&quot;</td>")
                .containsPattern("<td>7</td>\\s*<td>unknown manager zoe@" + d.replace(".", "\\.") + "</td>");

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
        assertThat(refused.body()).contains("Missing: email, department, job title, manager email");
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
        assertThat(running.body()).contains("<progress");
        Page done = Imports.awaitFinished(admin, started.location());
        assertThat(done.body()).contains(">COMPLETED<").contains("10,000 of 10,000 rows");
        assertThat(Imports.count(done, "count-created")).isEqualTo(10_000);
        assertThat(Imports.count(done, "count-rejected")).isZero();
    }
}
