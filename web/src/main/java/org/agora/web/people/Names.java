package org.agora.web.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.MvcContext;
import java.util.Locale;
import org.agora.people.PersonNames;

/**
 * An author's name as the reader sees it ({@code names} in templates): "Anonymous" and "Former employee" in the
 * reader's language, anyone else under their own name.
 */
@Named("names")
@ApplicationScoped
public class Names {

    @Inject
    MvcContext mvc;

    @Inject
    PersonNames people;

    /** @return the name to show for the person, given the one stored with what they wrote */
    public String of(Long personId, String storedName) {
        return of(personId, storedName, mvc.getLocale());
    }

    /** @return the name to show for the person to a reader of that language, outside a page */
    public String of(Long personId, String storedName, Locale locale) {
        return people.name(personId, storedName, locale);
    }

    /** @return the name to show for a person named by a search facet, whose value is their id as text */
    public String ofFacet(String personId, String storedName) {
        try {
            return of(Long.valueOf(personId), storedName);
        } catch (NumberFormatException notAPerson) {
            return storedName;
        }
    }

    /** @return true if the person has a profile to link to: not the anonymous author nor an erased person */
    public boolean linkable(Long personId) {
        return personId != null && people.shown(personId) == PersonNames.Shown.NAME;
    }
}
