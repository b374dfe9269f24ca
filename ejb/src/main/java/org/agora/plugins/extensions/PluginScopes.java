package org.agora.plugins.extensions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.agora.mentions.model.Handle;
import org.agora.people.model.Person;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.SpaceRef;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.SpaceService;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.Space;
import org.agora.validation.UnknownItemException;

/** The space and person a plugin page is shown for, checked against the viewer's rights before the plugin runs. */
@Stateless
public class PluginScopes {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    SpaceService spaces;

    @EJB
    SpaceAccess spaceAccess;

    /**
     * @return the space, which the viewer may read
     * @throws UnknownItemException if it does not exist or the viewer may not read it: a secret space's id
     *                              reveals nothing
     */
    public SpaceRef space(long spaceId, long viewerId) {
        Access access = spaceAccess.access(spaceId, viewerId);
        if (!access.canRead()) {
            throw new UnknownItemException("error.space.unknown");
        }
        Space space = em.find(Space.class, spaceId);
        return new SpaceRef(space.getId(), space.getSlug(), space.getName(), access.isMember(), access.canManage());
    }

    /**
     * @param key the space's id or its slug, as in {@code ?space=12} or {@code ?space=marketing}
     * @return the space, which the viewer may read
     * @throws UnknownItemException if there is no such space or the viewer may not read it
     */
    public SpaceRef space(String key, long viewerId) {
        if (key.matches("[0-9]{1,18}")) {
            return space(Long.parseLong(key), viewerId);
        }
        if (!key.matches("[a-z0-9-]{1,100}")) {
            throw new UnknownItemException("error.space.unknown");
        }
        return space(spaces.find(key, viewerId).id(), viewerId);
    }

    /** @throws UnknownItemException if nobody has that id */
    public PersonRef person(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new UnknownItemException("error.account.unknown");
        }
        return new PersonRef(person.getId(), person.getName(), Handle.of(person.getEmail()));
    }
}
