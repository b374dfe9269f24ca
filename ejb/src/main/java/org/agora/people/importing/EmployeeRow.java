package org.agora.people.importing;

import java.util.Optional;
import org.agora.people.model.EmailAddress;
import org.agora.people.model.Person;

/**
 * One line of an employee CSV file, as written.
 *
 * @param line         the line number in the file (the header is line 1)
 * @param managerEmail empty when the employee has no manager
 */
public record EmployeeRow(int line, String name, String email, String department, String jobTitle,
                          String managerEmail) {

    /** What is known when a row is checked: the other rows of the file, the people already in Agora, its headers. */
    public interface Facts {
        /** @return the line where {@code email} first appears in the file, if it does */
        Optional<Integer> firstLineOf(String email);

        /** @return true if a person with this normalised address exists in Agora */
        boolean exists(String email);

        /** @return the file's own header of the column ({@code name}, {@code jobTitle}...) */
        String header(String column);
    }

    /** @return why the row cannot be imported, named with the file's headers, or empty if it can */
    public Optional<RowProblem> problem(Facts facts) {
        if (name.isBlank()) {
            return Optional.of(RowProblem.of("empty", facts.header("name")));
        }
        if (name.length() > Person.MAX_NAME) {
            return Optional.of(RowProblem.of("long", facts.header("name"), Person.MAX_NAME));
        }
        if (department.length() > Person.MAX_TEXT) {
            return Optional.of(RowProblem.of("long", facts.header("department"), Person.MAX_TEXT));
        }
        if (jobTitle.length() > Person.MAX_TEXT) {
            return Optional.of(RowProblem.of("long", facts.header("jobTitle"), Person.MAX_TEXT));
        }
        Optional<String> address = EmailAddress.normalise(email);
        if (address.isEmpty()) {
            return Optional.of(email.isBlank() ? RowProblem.of("empty", facts.header("email"))
                    : RowProblem.of("email", facts.header("email"), email));
        }
        int first = facts.firstLineOf(address.get()).orElse(line);
        if (first != line) {
            return Optional.of(RowProblem.of("duplicate", facts.header("email"), address.get(), first));
        }
        if (managerEmail.isBlank()) {
            return Optional.empty();
        }
        Optional<String> manager = EmailAddress.normalise(managerEmail);
        if (manager.isEmpty()) {
            return Optional.of(RowProblem.of("email", facts.header("managerEmail"), managerEmail));
        }
        if (manager.get().equals(address.get())) {
            return Optional.of(RowProblem.of("ownManager", facts.header("managerEmail")));
        }
        if (facts.firstLineOf(manager.get()).isEmpty() && !facts.exists(manager.get())) {
            return Optional.of(RowProblem.of("unknownManager", facts.header("managerEmail"), manager.get()));
        }
        return Optional.empty();
    }

    /** @return the e-mail address normalised; only for rows without a problem */
    public String normalisedEmail() {
        return EmailAddress.normalise(email).orElseThrow();
    }

    /** @return the manager's address normalised, or null without a manager; only for rows without a problem */
    public String normalisedManagerEmail() {
        return managerEmail.isBlank() ? null : EmailAddress.normalise(managerEmail).orElseThrow();
    }

    /** @return the row as it could be shown next to its problem */
    public String excerpt() {
        String text = String.join(", ", name, email, department, jobTitle, managerEmail);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
