package org.agora.people.profile;

/**
 * A colleague as a link on a profile: manager or direct report.
 *
 * @param photoVersion the version of their photo for its URL, or null if they have none
 */
public record PersonRef(long id, String name, String jobTitle, String department, String photoVersion) {

    public String initials() {
        return Initials.of(name);
    }
}
