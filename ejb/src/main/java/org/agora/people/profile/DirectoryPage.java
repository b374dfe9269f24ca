package org.agora.people.profile;

import java.util.List;

/**
 * One page of the people directory.
 *
 * @param page  from 1
 * @param pages at least 1
 * @param total how many people match
 */
public record DirectoryPage(List<PersonRef> people, List<String> departments, int page, int pages, long total) {
}
