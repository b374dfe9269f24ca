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

    /** What is known when a row is checked: the other rows of the file and the people already in Agora. */
    public interface Facts {
        /** @return the line where {@code email} first appears in the file, if it does */
        Optional<Integer> firstLineOf(String email);

        /** @return true if a person with this normalised address exists in Agora */
        boolean exists(String email);
    }

    /** @return why the row cannot be imported, or empty if it can */
    public Optional<String> problem(Facts facts) {
        if (name.isBlank()) {
            return Optional.of("missing name");
        }
        if (name.length() > Person.MAX_NAME) {
            return Optional.of("name longer than " + Person.MAX_NAME + " characters");
        }
        if (department.length() > Person.MAX_TEXT || jobTitle.length() > Person.MAX_TEXT) {
            return Optional.of("department or job title longer than " + Person.MAX_TEXT + " characters");
        }
        Optional<String> address = EmailAddress.normalise(email);
        if (address.isEmpty()) {
            return Optional.of(email.isBlank() ? "missing e-mail" : "bad e-mail \"" + email + "\"");
        }
        int first = facts.firstLineOf(address.get()).orElse(line);
        if (first != line) {
            return Optional.of("duplicate e-mail " + address.get() + ", already on line " + first);
        }
        if (managerEmail.isBlank()) {
            return Optional.empty();
        }
        Optional<String> manager = EmailAddress.normalise(managerEmail);
        if (manager.isEmpty()) {
            return Optional.of("bad manager e-mail \"" + managerEmail + "\"");
        }
        if (manager.get().equals(address.get())) {
            return Optional.of("an employee cannot be their own manager");
        }
        if (facts.firstLineOf(manager.get()).isEmpty() && !facts.exists(manager.get())) {
            return Optional.of("unknown manager " + manager.get());
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
