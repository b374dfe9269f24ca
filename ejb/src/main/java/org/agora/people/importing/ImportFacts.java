package org.agora.people.importing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the import knows before it checks rows: the addresses in the file and those already in Agora. */
record ImportFacts(Map<String, Integer> firstLines, Set<String> existing) implements EmployeeRow.Facts {

    @Override
    public Optional<Integer> firstLineOf(String email) {
        return Optional.ofNullable(firstLines.get(email));
    }

    @Override
    public boolean exists(String email) {
        return existing.contains(email);
    }
}
