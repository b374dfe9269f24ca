package org.agora.people.profile;

/**
 * What the people directory is asked for; blank criteria match everyone.
 *
 * @param name  the start of any word of the name
 * @param page  from 1
 */
public record DirectoryQuery(String name, String department, String location, String expertise, String interest,
                             int page) {

    public DirectoryQuery {
        page = Math.max(1, page);
    }
}
