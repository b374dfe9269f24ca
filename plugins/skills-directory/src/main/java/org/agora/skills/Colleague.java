package org.agora.skills;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.agora.plugins.api.People;
import org.agora.plugins.api.PersonCard;
import org.agora.plugins.api.Viewer;

/**
 * What the company directory shows of an employee, as the directory's lists use it: the name, job title, department
 * and location of their directory card. Lists, filters and matrices are shared by every reader, so they use the card
 * as any colleague sees it ({@link #ANYONE}): a location its owner shows only to some colleagues is left out, so
 * that no filter reveals it. Never null: empty text for what the card does not give.
 *
 * @param person     the employee's id
 * @param name       their display name, or empty when the directory does not know them
 * @param jobTitle   their job title, or empty
 * @param department their department, or empty
 * @param location   their location as every colleague may see it, or empty
 */
public record Colleague(long person, String name, String jobTitle, String department, String location) {

    /** A reader who shares no space with anyone and is nobody's self: sees what every colleague sees. */
    static final Viewer ANYONE = new Viewer(0, "", "", Set.of("member"));

    /** @return the person's card as {@code viewer} sees it; a name-less colleague when the directory lacks them */
    static Colleague card(People people, Viewer viewer, long person) {
        return of(person, people.card(viewer, person));
    }

    static Colleague of(long person, Optional<PersonCard> card) {
        return card.map(c -> new Colleague(person, c.person().name(), text(c.jobTitle()), text(c.department()),
                text(c.location()))).orElse(unknown(person));
    }

    /** @return the job title, department and location that are given, separated by dots */
    public String summary() {
        return String.join(" · ", Stream.of(jobTitle, department, location)
                .filter(part -> !part.isEmpty()).toList());
    }

    static Colleague unknown(long person) {
        return new Colleague(person, "", "", "", "");
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
