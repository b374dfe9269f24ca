package org.agora.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class EmployeeCsvTest {

    private static List<EmployeeRow> read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<EmployeeRow> read(byte[] content) throws IOException {
        List<EmployeeRow> rows = new ArrayList<>();
        try (EmployeeCsv csv = new EmployeeCsv(new ByteArrayInputStream(content))) {
            for (EmployeeRow row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void excelsFrenchFilesWithSemicolonsWindows1252AndFrenchHeadersAreRead() throws IOException {
        byte[] windows = """
                Nom;Courriel;Service;Poste;E-mail du manager
                "Zoé Durand";zoe@lumen.example;Qualité;Ingénieure;ada@lumen.example
                """.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(read(windows)).containsExactly(new EmployeeRow(2, "Zoé Durand", "zoe@lumen.example", "Qualité",
                "Ingénieure", "ada@lumen.example"));
        assertThat(read("\uFEFFname;email;department;job title;manager email\nBo;bo@l.example;R&D;Dev, senior;\n"))
                .containsExactly(new EmployeeRow(2, "Bo", "bo@l.example", "R&D", "Dev, senior", ""));
        assertThat(read("name\temail\tdepartment\tjob title\tmanager\nBo\tbo@l.example\tOps\tDev\t\n"))
                .extracting(EmployeeRow::department).containsExactly("Ops");
    }

    @Test
    void columnsAreFoundInAnyOrderCaseAndPunctuation() throws IOException {
        List<EmployeeRow> rows = read("""
                "Manager's e-mail","Department","E-mail","Job title","Name"
                ada@lumen.example,Engineering,bob@lumen.example,Engineer,Bob Stone
                """);
        assertThat(rows).containsExactly(
                new EmployeeRow(2, "Bob Stone", "bob@lumen.example", "Engineering", "Engineer", "ada@lumen.example"));
    }

    @Test
    void missingColumnsAreRefusedAndListed() {
        assertThatThrownBy(() -> read("Name,E-mail,Department\nAda,ada@lumen.example,IT\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.message(java.util.Locale.ENGLISH)).isEqualTo("The first line of the file must name "
                            + "the columns “job title”, “manager’s e-mail”. It has: “Name”, “E-mail”, “Department”. "
                            + "Rename them, or start from the template.");
                    assertThat(e.message(java.util.Locale.FRENCH)).startsWith("La première ligne du fichier doit "
                            + "nommer les colonnes « poste », « courriel du responsable »".replace("« ", "“")
                            .replace(" »", "”"));
                });
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
    }

    @Test
    void aByteOrderMarkDoesNotHideTheFirstColumn() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Name,Email,Department,Job Title,Manager\nAda,ada@lumen.example,IT,Admin,\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);
        assertThat(read(content)).singleElement().returns("Ada", EmployeeRow::name);
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersMatchTheFile() throws IOException {
        List<EmployeeRow> rows = read("""
                name,email,department,job title,manager email

                Ada,ada@lumen.example,IT,Admin,
                 , , , ,

                Bob,bob@lumen.example,IT,Engineer,ada@lumen.example
                """);
        assertThat(rows).extracting(EmployeeRow::line, EmployeeRow::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Ada"),
                        org.assertj.core.groups.Tuple.tuple(6, "Bob"));
    }

    @Test
    void lineNumbersStillMatchTheFileAfterAQuotedLineBreak() throws IOException {
        List<EmployeeRow> rows = read("name,email,department,job title,manager\n"
                + "\"Ada\nLovelace\",ada@lumen.example,IT,Admin,\nBob,bob@lumen.example,IT,Engineer,\n");
        assertThat(rows).extracting(EmployeeRow::line).containsExactly(2, 4);
    }

    @Test
    void quotedFieldsMayHoldCommasAndValuesAreTrimmed() throws IOException {
        List<EmployeeRow> rows = read("""
                name,email,department,job title,manager email
                "Stone, Bob" , bob@lumen.example ,"Sales, EMEA","Director, Sales",
                """);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Stone, Bob");
            assertThat(row.email()).isEqualTo("bob@lumen.example");
            assertThat(row.department()).isEqualTo("Sales, EMEA");
            assertThat(row.jobTitle()).isEqualTo("Director, Sales");
            assertThat(row.managerEmail()).isEmpty();
        });
    }

    @Test
    void shortRowsGiveEmptyValues() throws IOException {
        assertThat(read("name,email,department,job title,manager\nAda,ada@lumen.example\n"))
                .singleElement().returns("", EmployeeRow::department).returns("", EmployeeRow::managerEmail);
    }

    @Test
    void theTemplateInEachLanguageIsReadBackWithItsOwnHeaders() throws IOException {
        for (java.util.Locale locale : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)) {
            try (EmployeeCsv csv = new EmployeeCsv(new java.io.ByteArrayInputStream(ImportTemplate.csv(locale)))) {
                EmployeeRow example = csv.next();
                assertThat(example.email()).endsWith("@example.com");
                assertThat(csv.next()).isNull();
                assertThat(csv.separator()).isEqualTo(locale == java.util.Locale.FRENCH ? ';' : ',');
                assertThat(csv.headers().get("managerEmail"))
                        .isEqualTo(locale == java.util.Locale.FRENCH ? "courriel_du_responsable" : "manager_email");
            }
        }
    }
}
