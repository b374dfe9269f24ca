package org.agora.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmployeeRowTest {

    /** The file has ada on line 2, bob on line 3 and carol further down on line 9; dan is already in Agora. */
    private static final EmployeeRow.Facts FACTS = new ImportFacts(
            Map.of("ada@lumen.example", 2, "bob@lumen.example", 3, "carol@lumen.example", 9),
            Set.of("dan@lumen.example"), Map.of("name", "Nom", "email", "Courriel", "department", "Service",
                    "jobTitle", "Poste", "managerEmail", "Responsable"));

    /** @return the problem as an English reader sees it */
    private static java.util.Optional<String> problem(EmployeeRow row) {
        return row.problem(FACTS).map(p -> p.message(java.util.Locale.ENGLISH));
    }

    private static EmployeeRow row(int line, String name, String email, String manager) {
        return new EmployeeRow(line, name, email, "Engineering", "Engineer", manager);
    }

    @Test
    void aCompleteRowWithoutManagerHasNoProblem() {
        assertThat(problem(row(2, "Ada", "ada@lumen.example", ""))).isEmpty();
    }

    @Test
    void aMissingNameIsAProblem() {
        assertThat(problem(row(2, " ", "ada@lumen.example", ""))).contains("The column “Nom” is empty.");
    }

    @Test
    void aMissingOrBadEmailIsAProblem() {
        assertThat(problem(row(4, "Eve", "", ""))).contains("The column “Courriel” is empty.");
        assertThat(problem(row(4, "Eve", "eve-at-lumen", ""))).contains("“eve-at-lumen” in the column “Courriel” is not an e-mail address.");
    }

    @Test
    void aDuplicateEmailNamesTheLineWhereItFirstAppears() {
        assertThat(problem(row(5, "Ada again", "ADA@lumen.example", "")))
                .contains("The address ada@lumen.example (column “Courriel”) is already on line 2.");
    }

    @Test
    void aBadManagerEmailIsAProblem() {
        assertThat(problem(row(3, "Bob", "bob@lumen.example", "ada at lumen")))
                .contains("“ada at lumen” in the column “Responsable” is not an e-mail address.");
    }

    @Test
    void aManagerNeitherInTheFileNorInAgoraIsUnknown() {
        assertThat(problem(row(3, "Bob", "bob@lumen.example", "Ghost@lumen.example")))
                .contains("The column “Responsable” names ghost@lumen.example, who is neither in the file nor in Agora.");
    }

    @Test
    void anEmployeeCannotBeTheirOwnManager() {
        assertThat(problem(row(3, "Bob", "bob@lumen.example", "BOB@lumen.example")))
                .contains("The column “Responsable” names the employee themselves: nobody is their own manager.");
    }

    @Test
    void aManagerDefinedLaterInTheFileIsFine() {
        assertThat(problem(row(3, "Bob", "bob@lumen.example", "carol@lumen.example"))).isEmpty();
    }

    @Test
    void aManagerAlreadyInAgoraIsFine() {
        assertThat(problem(row(3, "Bob", "bob@lumen.example", "dan@lumen.example"))).isEmpty();
    }

    @Test
    void overlongNamesAndTitlesAreProblems() {
        assertThat(problem(row(2, "x".repeat(121), "ada@lumen.example", ""))).get().asString()
                .contains("The column “Nom” is longer than 120 characters.");
        assertThat(problem(new EmployeeRow(2, "Ada", "ada@lumen.example", "d".repeat(121), "", "")))
                .get().asString().contains("The column “Service” is longer than 120 characters.");
    }

    @Test
    void normalisedAddressesAreLowerCaseAndNoManagerIsNull() {
        EmployeeRow bob = row(3, "Bob", " Bob@Lumen.example", "Ada@LUMEN.example");
        assertThat(bob.normalisedEmail()).isEqualTo("bob@lumen.example");
        assertThat(bob.normalisedManagerEmail()).isEqualTo("ada@lumen.example");
        assertThat(row(2, "Ada", "ada@lumen.example", "").normalisedManagerEmail()).isNull();
    }

    @Test
    void problemsAreWordedInFrenchForAFrenchReaderAndSurviveBeingStored() {
        RowProblem problem = row(4, "Eve", "", "").problem(FACTS).orElseThrow();
        assertThat(problem.message(java.util.Locale.FRENCH)).isEqualTo("La colonne « Courriel » est vide.");
        assertThat(RowProblem.message(problem.encoded(), java.util.Locale.ENGLISH))
                .isEqualTo("The column “Courriel” is empty.");
        assertThat(RowProblem.message("missing name", java.util.Locale.FRENCH)).as("stored before problems were coded")
                .isEqualTo("missing name");
    }
}
