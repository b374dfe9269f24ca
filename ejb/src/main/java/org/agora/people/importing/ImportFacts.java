package org.agora.people.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.people.model.EmailAddress;

/**
 * What the import knows before it checks rows: the addresses in the file, those already in Agora, and the file's
 * own column headers.
 */
record ImportFacts(Map<String, Integer> firstLines, Set<String> existing, Map<String, String> headers)
        implements EmployeeRow.Facts {

    @Override
    public Optional<Integer> firstLineOf(String email) {
        return Optional.ofNullable(firstLines.get(email));
    }

    @Override
    public boolean exists(String email) {
        return existing.contains(email);
    }

    @Override
    public String header(String column) {
        return headers.getOrDefault(column, column);
    }

    /** The facts of a whole file, and how many rows it has. */
    record Survey(int rows, ImportFacts facts) {
    }

    /** Reads the whole file once: where each address first appears, and its headers. */
    static Survey survey(Path file, Set<String> known) throws IOException {
        Map<String, Integer> firstLines = new HashMap<>();
        int rows = 0;
        try (EmployeeCsv all = new EmployeeCsv(Files.newInputStream(file))) {
            for (EmployeeRow row = all.next(); row != null; row = all.next()) {
                rows++;
                int line = row.line();
                EmailAddress.normalise(row.email()).ifPresent(e -> firstLines.putIfAbsent(e, line));
            }
            return new Survey(rows, new ImportFacts(firstLines, known, all.headers()));
        }
    }
}
