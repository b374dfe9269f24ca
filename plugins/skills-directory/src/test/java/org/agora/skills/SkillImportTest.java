package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.agora.plugins.api.Jobs;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SkillImportTest extends SkillsFixture {

    private static final String FILE = """
            email;skill;level;learn;teach\r
            ada.lovelace@example.test;k8s;expert;;yes\r
            bob.builder@example.test;Java;practitioner;yes;\r
            carol.shaw@example.test;Cobol;expert;;\r
            nobody.here@example.test;Java;expert;;\r
            dan.ingalls@example.test;Java;guru;;\r
            """;

    @BeforeEach
    void aTaxonomy() throws Exception {
        host.declaring(new SkillImport());
        taxonomy();
    }

    private PageResult upload(String name, byte[] content) throws Exception {
        return send(Requests.post("/import").as(admin).file("file", name, "text/csv", content));
    }

    @Test
    void aFileIsImportedInTheBackgroundAndItsRefusedLinesAreReported() throws Exception {
        PageResult started = upload("skills.csv", ("\uFEFF" + FILE).getBytes(StandardCharsets.UTF_8));
        assertThat(started).isEqualTo(PageResult.redirect("/import?job=1"));
        assertThat(host.jobs()).singleElement().satisfies(j -> assertThat(j.state()).isEqualTo(Jobs.State.QUEUED));
        assertThat(stored(Declaration.COLLECTION)).as("nothing before the job runs").isEmpty();

        host.runJobs();
        Jobs.JobStatus job = host.jobs().get(0);
        assertThat(job.state()).isEqualTo(Jobs.State.FINISHED);
        assertThat(job.done()).isEqualTo(5);
        assertThat(job.report()).startsWith("2 imported, 0 unchanged, 3 refused.")
                .contains("Line 4: “Cobol” is not a skill of the directory.")
                .contains("Line 5: nobody in Agora has the address nobody.here@example.test.")
                .contains("Line 6: unknown level \"guru\"");
        assertThat(index().skillsOf(ada.id())).singleElement().satisfies(d -> {
            assertThat(d.level()).isEqualTo(Level.EXPERT);
            assertThat(d.teach()).isTrue();
        });
        assertThat(index().skillsOf(bob.id())).singleElement().satisfies(d -> assertThat(d.learn()).isTrue());
        assertThat(SkillsFixture.model(send(Requests.get("/import").as(admin).param("job", "1"))))
                .containsEntry("job", job);
    }

    @Test
    void theSameFileAgainChangesNothing() throws Exception {
        upload("skills.csv", FILE.getBytes(StandardCharsets.UTF_8));
        host.runJobs();
        var before = stored(Declaration.COLLECTION);
        upload("skills.csv", FILE.getBytes(StandardCharsets.UTF_8));
        host.runJobs();
        assertThat(host.jobs().get(1).report()).startsWith("0 imported, 2 unchanged, 3 refused.");
        assertThat(stored(Declaration.COLLECTION)).isEqualTo(before);
    }

    @Test
    void aLongFileIsImportedAPartAtATime() throws Exception {
        StringBuilder file = new StringBuilder("email,skill,level\n");
        for (int i = 0; i < SkillImport.PART + 10; i++) {
            file.append("ada.lovelace@example.test,Java,").append(i % 2 == 0 ? "expert" : "notions").append('\n');
        }
        upload("long.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(host.runJobPart()).isTrue();
        Jobs.JobStatus half = host.jobs().get(0);
        assertThat(half.state()).isEqualTo(Jobs.State.RUNNING);
        assertThat(half.done()).isEqualTo(SkillImport.PART);
        assertThat(half.total()).isEqualTo(SkillImport.PART + 10);
        host.runJobs();
        assertThat(host.jobs().get(0).state()).isEqualTo(Jobs.State.FINISHED);
        assertThat(index().skillsOf(ada.id())).singleElement()
                .satisfies(d -> assertThat(d.level()).isEqualTo(Level.NOTIONS));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeWithAMessage() throws Exception {
        assertThat(message(upload("x.csv", "name,skill\nAda,Java\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("The first line must name the columns email, skill and level.");
        assertThat(message(upload("x.csv", "email;skill;level\nchloé@x;Java;expert\n"
                .getBytes(StandardCharsets.ISO_8859_1)))).startsWith("This file is not UTF-8 text");
        assertThat(message(upload("x.csv", "email,skill,level\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("This file has no line to import.");
        String tooLong = "email,skill,level\n" + "a@b,Java,expert\n".repeat(SkillImport.MAX_LINES + 1);
        assertThat(message(upload("x.csv", tooLong.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("This file has more than 50,000 lines: split it.");
        assertThat(host.jobs()).isEmpty();
        assertThat(send(Requests.post("/import").as(ada).file("file", "x.csv", "text/csv",
                FILE.getBytes(StandardCharsets.UTF_8)))).as("curators only").isInstanceOf(PageResult.Forbidden.class);
        assertThat(send(Requests.get("/import").as(ada).param("job", "1"))).isInstanceOf(PageResult.Forbidden.class);
    }

    private static String message(PageResult result) {
        PageResult.View view = (PageResult.View) result;
        assertThat(view.status()).isEqualTo(400);
        return (String) view.model().get("error");
    }
}
