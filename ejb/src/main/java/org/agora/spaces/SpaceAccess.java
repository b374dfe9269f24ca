package org.agora.spaces;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.requests.PerRequest;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.MembershipStatus;
import org.agora.spaces.model.ReadableSpaces;
import org.agora.spaces.model.Space;
import org.agora.spaces.model.SpaceKind;
import org.agora.spaces.model.SpaceMember;
import org.agora.validation.UnknownItemException;

/** What a person may do in spaces, and which spaces' content they read: what other features ask of spaces. */
@Stateless
public class SpaceAccess {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    PerRequest perRequest;

    @Inject
    SpaceRecords records;

    /**
     * @return what a person may do in a space, by id
     * @throws UnknownItemException if there is no such space
     */
    public Access access(long spaceId, long viewerId) {
        return perRequest.remember(new PerRequest.Key("access to space " + spaceId, viewerId), () -> {
            Space space = em.find(Space.class, spaceId);
            if (space == null) {
                throw new UnknownItemException("error.space.unknown");
            }
            return records.accessFor(space, viewerId);
        });
    }

    /** @return what a person may do in each of the spaces, by space id, in a constant number of queries */
    public Map<Long, Access> access(Collection<Long> spaceIds, long viewerId) {
        if (spaceIds.isEmpty()) {
            return Map.of();
        }
        boolean admin = records.isAdmin(viewerId);
        Map<Long, SpaceMember> mine = records.memberships(viewerId);
        return em.createQuery("SELECT s FROM Space s WHERE s.id IN :ids", Space.class)
                .setParameter("ids", spaceIds).getResultStream()
                .collect(Collectors.toMap(Space::getId, s -> s.accessFor(mine.get(s.getId()), admin)));
    }

    /** @return the spaces whose content the viewer may read: public ones and their own, or all for an administrator */
    public ReadableSpaces readableSpaces(long viewerId) {
        if (records.isAdmin(viewerId)) {
            return ReadableSpaces.every();
        }
        return perRequest.remember(new PerRequest.Key("readable spaces", viewerId), () -> ReadableSpaces.only(
                em.createQuery("""
                                SELECT s.id FROM Space s WHERE s.kind = :public
                                   OR s.id IN (SELECT m.spaceId FROM SpaceMember m
                                               WHERE m.personId = :viewer AND m.status = :active)""", Long.class)
                        .setParameter("public", SpaceKind.PUBLIC).setParameter("viewer", viewerId)
                        .setParameter("active", MembershipStatus.ACTIVE).getResultList()));
    }

    /** @return the ids of the spaces the viewer is a member of */
    public List<Long> memberSpaceIds(long viewerId) {
        return perRequest.remember(new PerRequest.Key("member of spaces", viewerId), () -> List.copyOf(
                em.createQuery("""
                                SELECT m.spaceId FROM SpaceMember m
                                WHERE m.personId = :viewer AND m.status = :active""", Long.class)
                        .setParameter("viewer", viewerId).setParameter("active", MembershipStatus.ACTIVE)
                        .getResultList()));
    }
}
