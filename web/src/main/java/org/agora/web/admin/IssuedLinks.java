package org.agora.web.admin;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;
import org.agora.people.links.IssuedLink;

/**
 * The password link an administrator just made, kept in their session across the redirect after the form, shown
 * once: only its hash is stored anywhere else.
 */
@SessionScoped
public class IssuedLinks implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient IssuedLink last;

    public void keep(IssuedLink link) {
        last = link;
    }

    /** @return the link just made for that person, once */
    public Optional<IssuedLink> take(long personId) {
        IssuedLink link = last;
        if (link == null || link.personId() != personId) {
            return Optional.empty();
        }
        last = null;
        return Optional.of(link);
    }
}
