package org.agora.people;

import java.util.Set;
import org.agora.people.model.Person;

/** What the web tier may know about a person. */
public record PersonSummary(long id, String email, String name, String department, String jobTitle,
                            Set<String> groups) {

    static PersonSummary of(Person p) {
        return new PersonSummary(p.getId(), p.getEmail(), p.getName(), p.getDepartment(), p.getJobTitle(),
                p.getRole().groups());
    }

    public boolean isAdmin() {
        return groups.contains("admin");
    }

    public boolean isCommunicator() {
        return groups.contains("communicator");
    }
}
