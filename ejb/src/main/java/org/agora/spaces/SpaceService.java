package org.agora.spaces;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agora.edits.EditConflictException;
import org.agora.edits.SeenVersion;
import org.agora.edits.SeenVersion.Outcome;
import org.agora.people.model.Person;
import org.agora.spaces.model.MembershipStatus;
import org.agora.spaces.model.Space;
import org.agora.spaces.model.SpaceKind;
import org.agora.spaces.model.SpaceMember;
import org.agora.spaces.model.SpaceRole;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * Creating spaces, finding them and changing their settings. Who is in a space is {@link SpaceMembership}'s and
 * {@link MemberManagement}'s; what a person may do in one is {@link SpaceAccess}'.
 */
@Stateless
public class SpaceService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    SpaceRecords records;

    @Inject
    Event<SpaceChanged> searchable;

    /** Creates a space; its creator is its owner. */
    public SpaceView create(long creatorId, String name, String description, SpaceKind kind) {
        records.changing();
        if (kind == null) {
            throw new InvalidInputException("kind", "error.space.kind");
        }
        Instant now = Instant.now();
        String base = Space.slugOf(name);
        String slug = base;
        for (int n = 2; slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        Space space = new Space(slug, name, description, kind, person(creatorId).getId(), now);
        em.persist(space);
        em.flush();
        em.persist(new SpaceMember(space.getId(), creatorId, SpaceRole.OWNER, MembershipStatus.ACTIVE, null, now));
        em.flush();
        searchable.fire(new SpaceChanged(space.getId()));
        return records.view(space, creatorId);
    }

    private boolean slugTaken(String slug) {
        return !em.createQuery("SELECT s.id FROM Space s WHERE s.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().isEmpty();
    }

    /** @return the spaces the viewer may find: public and private ones, and secret ones they belong to */
    public List<SpaceView> directory(long viewerId) {
        boolean admin = records.isAdmin(viewerId);
        Map<Long, SpaceMember> mine = records.memberships(viewerId);
        return em.createQuery("SELECT s FROM Space s ORDER BY s.name", Space.class).getResultStream()
                .filter(s -> s.accessFor(mine.get(s.getId()), admin).canFind())
                .map(s -> records.view(s, s.accessFor(mine.get(s.getId()), admin)))
                .toList();
    }

    /** @throws UnknownItemException if there is no such space or the viewer may not know of it */
    public SpaceView find(String slug, long viewerId) {
        return records.view(records.space(slug), viewerId);
    }

    /** Archives (read-only) or restores a space. */
    public void archive(String slug, long ownerId, boolean archived) {
        records.changing();
        Space space = records.space(slug);
        if (!records.access(space, ownerId).isOwner()) {
            throw new AccessDeniedException("error.space.owner.archive");
        }
        space.archive(archived, Instant.now());
        searchable.fire(new SpaceChanged(space.getId()));
    }

    /** @return the name and description for the settings form, with the version read; for the managers */
    public SpaceSettings settings(String slug, long managerId) {
        Space space = records.managed(slug, managerId);
        return new SpaceSettings(records.view(space, managerId), space.getName(), space.getDescription(),
                space.getVersion());
    }

    /**
     * Renames a space and changes its description; the owner and moderators only.
     *
     * @param seen the version the form was read at
     * @throws EditConflictException if someone else changed them since; nothing is stored then
     */
    public void describe(String slug, long managerId, String name, String description, SeenVersion seen) {
        records.changing();
        Space space = records.managed(slug, managerId);
        if (seen.check(space.getVersion(), space.isDescribedAs(name, description)) == Outcome.STORE) {
            space.describe(name, description, Instant.now());
            em.flush();
            searchable.fire(new SpaceChanged(space.getId()));
        }
    }

    private Person person(long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new UnknownItemException("error.account.unknown");
        }
        return p;
    }
}
