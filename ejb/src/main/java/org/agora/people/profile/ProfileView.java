package org.agora.people.profile;

import java.util.List;
import org.agora.people.profile.model.VisibleFields;

/**
 * A profile as one viewer sees it: the directory fields always, the chosen-visibility fields only where allowed.
 *
 * @param photoVersion the version of the photo for its URL, or null for the initials
 * @param self         true when viewers look at their own profile
 * @param formerEmployee true when the person left: their account is deactivated
 */
public record ProfileView(long id, String name, String jobTitle, String department, String photoVersion,
                          PersonRef manager, List<PersonRef> reports, VisibleFields fields, boolean self,
                          boolean formerEmployee) {

    public String initials() {
        return Initials.of(name);
    }
}
