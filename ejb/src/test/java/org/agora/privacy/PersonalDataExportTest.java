package org.agora.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataExportTest {

    @Test
    void fileNamesInTheArchiveStayOneNameInsideIt() {
        assertThat(PersonalDataExport.safe("report.pdf")).isEqualTo("report.pdf");
        assertThat(PersonalDataExport.safe("../../etc/passwd")).isEqualTo("file.._.._etc_passwd");
        assertThat(PersonalDataExport.safe("a\\b:c*d?.txt")).isEqualTo("a_b_c_d_.txt");
        assertThat(PersonalDataExport.safe(" ")).isEqualTo("file");
    }
}
