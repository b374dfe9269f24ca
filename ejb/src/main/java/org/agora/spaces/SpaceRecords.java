package org.agora.spaces;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.people.Roles;
import org.agora.requests.PerRequest;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.MembershipStatus;
import org.agora.spaces.model.Space;
import org.agora.spaces.model.SpaceMember;
import org.agora.spaces.model.SpacePicture;
import org.agora.spaces.model.SpaceRole;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.UnknownItemException;

/** Finds spaces, memberships and a person's access to a space for the space services, in their transaction. */
@Dependent
public class SpaceRecords {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    PerRequest perRequest;

    @Inject
    Roles roles;

    /** @throws UnknownItemException if there is no such space */
    Space space(String slug) {
        return em.createQuery("SELECT s FROM Space s WHERE s.slug = :slug", Space.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownItemException("error.space.unknown"));
    }

    /** @throws AccessDeniedException if the person may not manage the space's members */
    Space managed(String slug, long managerId) {
        Space space = space(slug);
        if (!access(space, managerId).canManage()) {
            throw new AccessDeniedException("error.space.members.manage");
        }
        return space;
    }

    /** @return what the person may do in the space, whether or not they may know of it */
    Access accessFor(Space space, long viewerId) {
        return space.accessFor(membership(space, viewerId).orElse(null), isAdmin(viewerId));
    }

    /** @throws UnknownItemException when the viewer may not even know of the space */
    Access access(Space space, long viewerId) {
        Access access = accessFor(space, viewerId);
        if (!access.canFind()) {
            throw new UnknownItemException("error.space.unknown");
        }
        return access;
    }

    Optional<SpaceMember> membership(Space space, long personId) {
        return Optional.ofNullable(em.find(SpaceMember.class, new SpaceMember.Key(space.getId(), personId)));
    }

    // read only: what is written goes through membership(), read in the writing transaction
    Map<Long, SpaceMember> memberships(long personId) {
        return perRequest.remember(new PerRequest.Key("memberships", personId), () -> Map.copyOf(
                em.createQuery("SELECT m FROM SpaceMember m WHERE m.personId = :person", SpaceMember.class)
                        .setParameter("person", personId).getResultStream()
                        .collect(Collectors.toMap(SpaceMember::getSpaceId, Function.identity()))));
    }

    /** @return the active members of these roles, by name, at most {@code limit} */
    List<MemberView> activeMembers(Space space, List<SpaceRole> roles, int limit) {
        return em.createQuery("""
                        SELECT m FROM SpaceMember m JOIN FETCH m.person
                        WHERE m.spaceId = :space AND m.status = :active AND m.role IN :roles
                        ORDER BY m.person.name""", SpaceMember.class)
                .setParameter("space", space.getId()).setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("roles", roles).setMaxResults(limit).getResultStream()
                .map(SpaceRecords::view)
                .toList();
    }

    boolean isAdmin(long personId) {
        return roles.isAdmin(personId);
    }

    // what this request has kept of memberships and spaces is about to change
    void changing() {
        perRequest.forget();
    }

    SpaceView view(Space space, long viewerId) {
        return view(space, access(space, viewerId));
    }

    SpaceView view(Space s, Access access) {
        long members = em.createQuery(
                        "SELECT COUNT(m) FROM SpaceMember m WHERE m.spaceId = :space AND m.status = :active", Long.class)
                .setParameter("space", s.getId()).setParameter("active", MembershipStatus.ACTIVE).getSingleResult();
        return new SpaceView(s.getId(), s.getSlug(), s.getName(), s.getDescription(), s.getKind(), s.isArchived(),
                members, access, s.picture(SpacePicture.COVER), s.picture(SpacePicture.ICON));
    }

    static MemberView view(SpaceMember m) {
        return new MemberView(m.getPersonId(), m.getPerson().getName(), m.getPerson().getJobTitle(), m.getRole(),
                m.getStatus());
    }
}
