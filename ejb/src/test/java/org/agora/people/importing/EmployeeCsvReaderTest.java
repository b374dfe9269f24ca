package org.agora.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader of the import's second pass, which needs nothing of the container. */
class EmployeeCsvReaderTest {

    @TempDir
    Path folder;

    @Test
    void aChunkRunAgainIsReadAgainFromTheCheckpoint() throws IOException {
        Path file = Files.writeString(folder.resolve("people.csv"), """
                name,email,department,job title,manager email
                Ada,ada@lumen.example,Ops,Lead,
                Bob,bob@lumen.example,Ops,Dev,ada@lumen.example
                Cleo,cleo@lumen.example,Ops,Dev,ada@lumen.example
                """);
        EmployeeCsvReader reader = new EmployeeCsvReader();
        reader.file = file.toString();
        reader.survey = "false";
        reader.open(null);
        assertThat(((EmployeeRow) reader.readItem()).name()).isEqualTo("Ada");
        assertThat(reader.checkpointInfo()).isEqualTo(1);
        assertThat(((EmployeeRow) reader.readItem()).name()).isEqualTo("Bob");
        assertThat(((EmployeeRow) reader.readItem()).name()).isEqualTo("Cleo");

        // the chunk after the first checkpoint lost a race: the runtime opens the same reader there again
        reader.close();
        reader.open(1);
        assertThat(((EmployeeRow) reader.readItem()).name()).isEqualTo("Bob");
        assertThat(reader.checkpointInfo()).isEqualTo(2);
        assertThat(((EmployeeRow) reader.readItem()).name()).isEqualTo("Cleo");
        assertThat(reader.readItem()).isNull();
        reader.close();
    }
}
