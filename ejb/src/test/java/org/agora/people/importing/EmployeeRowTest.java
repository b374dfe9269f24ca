package org.agora.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmployeeRowTest {

    /** The file has ada on line 2, bob on line 3 and carol further down on line 9; dan is already in Agora. */
    private static final EmployeeRow.Facts FACTS = new ImportFacts(
            Map.of("ada@lumen.example", 2, "bob@lumen.example", 3, "carol@lumen.example", 9),
            Set.of("dan@lumen.example"));

    private static EmployeeRow row(int line, String name, String email, String manager) {
        return new EmployeeRow(line, name, email, "Engineering", "Engineer", manager);
    }

    @Test
    void aCompleteRowWithoutManagerHasNoProblem() {
        assertThat(row(2, "Ada", "ada@lumen.example", "").problem(FACTS)).isEmpty();
    }

    @Test
    void aMissingNameIsAProblem() {
        assertThat(row(2, " ", "ada@lumen.example", "").problem(FACTS)).contains("missing name");
    }

    @Test
    void aMissingOrBadEmailIsAProblem() {
        assertThat(row(4, "Eve", "", "").problem(FACTS)).contains("missing e-mail");
        assertThat(row(4, "Eve", "eve-at-lumen", "").problem(FACTS)).contains("bad e-mail \"eve-at-lumen\"");
    }

    @Test
    void aDuplicateEmailNamesTheLineWhereItFirstAppears() {
        assertThat(row(5, "Ada again", "ADA@lumen.example", "").problem(FACTS))
                .contains("duplicate e-mail ada@lumen.example, already on line 2");
    }

    @Test
    void aBadManagerEmailIsAProblem() {
        assertThat(row(3, "Bob", "bob@lumen.example", "ada at lumen").problem(FACTS))
                .contains("bad manager e-mail \"ada at lumen\"");
    }

    @Test
    void aManagerNeitherInTheFileNorInAgoraIsUnknown() {
        assertThat(row(3, "Bob", "bob@lumen.example", "Ghost@lumen.example").problem(FACTS))
                .contains("unknown manager ghost@lumen.example");
    }

    @Test
    void anEmployeeCannotBeTheirOwnManager() {
        assertThat(row(3, "Bob", "bob@lumen.example", "BOB@lumen.example").problem(FACTS))
                .contains("an employee cannot be their own manager");
    }

    @Test
    void aManagerDefinedLaterInTheFileIsFine() {
        assertThat(row(3, "Bob", "bob@lumen.example", "carol@lumen.example").problem(FACTS)).isEmpty();
    }

    @Test
    void aManagerAlreadyInAgoraIsFine() {
        assertThat(row(3, "Bob", "bob@lumen.example", "dan@lumen.example").problem(FACTS)).isEmpty();
    }

    @Test
    void overlongNamesAndTitlesAreProblems() {
        assertThat(row(2, "x".repeat(121), "ada@lumen.example", "").problem(FACTS)).get().asString()
                .contains("name longer than 120");
        assertThat(new EmployeeRow(2, "Ada", "ada@lumen.example", "d".repeat(121), "", "").problem(FACTS))
                .get().asString().contains("longer than 120");
    }

    @Test
    void normalisedAddressesAreLowerCaseAndNoManagerIsNull() {
        EmployeeRow bob = row(3, "Bob", " Bob@Lumen.example", "Ada@LUMEN.example");
        assertThat(bob.normalisedEmail()).isEqualTo("bob@lumen.example");
        assertThat(bob.normalisedManagerEmail()).isEqualTo("ada@lumen.example");
        assertThat(row(2, "Ada", "ada@lumen.example", "").normalisedManagerEmail()).isNull();
    }
}
