package org.agora.spaces;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.MembershipStatus;
import org.agora.spaces.model.Space;
import org.agora.spaces.model.SpaceMember;
import org.agora.spaces.model.SpaceRole;
import org.agora.validation.AccessDeniedException;

/** Who is in a space, and a person's own way in and out: joining, asking to join, declining, leaving. */
@Stateless
public class SpaceMembership {

    // the managers told of a request to join: a space has a handful
    private static final int MAX_MANAGERS = 50;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    SpaceRecords records;

    @Inject
    Event<MemberJoined> joined;

    @Inject
    Event<InvitationAnswered> answers;

    @Inject
    Event<JoinRequested> joinRequests;

    /** @return the members, invitations and requests the viewer may see */
    public List<MemberView> members(String slug, long viewerId) {
        Space space = records.space(slug);
        Access access = records.access(space, viewerId);
        if (!access.canRead()) {
            throw new AccessDeniedException("error.space.members.hidden");
        }
        return em.createQuery("SELECT m FROM SpaceMember m JOIN FETCH m.person WHERE m.spaceId = :space",
                        SpaceMember.class)
                .setParameter("space", space.getId()).getResultStream()
                .filter(m -> m.getStatus() == MembershipStatus.ACTIVE || access.canManage())
                .map(SpaceRecords::view)
                .sorted(Comparator.comparing(MemberView::status).thenComparing(MemberView::role)
                        .thenComparing(MemberView::name))
                .toList();
    }

    /**
     * The members a space's page names: its owner and moderators, then members by name, at most {@code limit}; the
     * members page lists them all.
     */
    public List<MemberView> firstMembers(String slug, long viewerId, int limit) {
        Space space = records.space(slug);
        if (!records.access(space, viewerId).canRead()) {
            throw new AccessDeniedException("error.space.members.hidden");
        }
        List<MemberView> first = new ArrayList<>(records.activeMembers(space,
                List.of(SpaceRole.OWNER, SpaceRole.MODERATOR), limit));
        first.sort(Comparator.comparing(MemberView::role).thenComparing(MemberView::name));
        if (first.size() < limit) {
            first.addAll(records.activeMembers(space, List.of(SpaceRole.MEMBER), limit - first.size()));
        }
        return List.copyOf(first);
    }

    /** Joins an open space, or accepts an invitation; a member who joins again changes nothing. */
    public void join(String slug, long viewerId) {
        records.changing();
        Space space = records.space(slug);
        Access access = records.access(space, viewerId);
        if (access.isMember()) {
            return;
        }
        if (access.isInvited()) {
            records.membership(space, viewerId).orElseThrow().activate();
            joined.fire(new MemberJoined(space.getId(), viewerId, Instant.now()));
            answers.fire(new InvitationAnswered(space.getSlug(), viewerId));
            return;
        }
        if (!access.canJoin()) {
            throw new AccessDeniedException("error.space.closed");
        }
        em.persist(new SpaceMember(space.getId(), viewerId, SpaceRole.MEMBER, MembershipStatus.ACTIVE, null,
                Instant.now()));
        joined.fire(new MemberJoined(space.getId(), viewerId, Instant.now()));
    }

    /** Asks to join a private space; asking again, or as a member, changes nothing. */
    public void requestToJoin(String slug, long viewerId) {
        records.changing();
        Space space = records.space(slug);
        Access access = records.access(space, viewerId);
        if (access.isMember() || access.hasRequested()) {
            return;
        }
        if (!access.canRequest()) {
            throw new AccessDeniedException("error.space.request");
        }
        em.persist(new SpaceMember(space.getId(), viewerId, SpaceRole.MEMBER, MembershipStatus.REQUESTED, null,
                Instant.now()));
        List<Long> managers = records.activeMembers(space, List.of(SpaceRole.OWNER, SpaceRole.MODERATOR),
                MAX_MANAGERS).stream().map(MemberView::personId).toList();
        joinRequests.fire(new JoinRequested(space.getSlug(), space.getName(), viewerId, managers, Instant.now()));
    }

    /** Declines an invitation, or withdraws a request to join; with neither, nothing changes. */
    public void decline(String slug, long viewerId) {
        records.changing();
        Space space = records.space(slug);
        records.membership(space, viewerId).filter(x -> x.getStatus() != MembershipStatus.ACTIVE).ifPresent(m -> {
            if (m.getStatus() == MembershipStatus.INVITED) {
                answers.fire(new InvitationAnswered(space.getSlug(), viewerId));
            }
            em.remove(m);
        });
    }

    /** Leaves a space; the owner cannot, and someone who is not a member changes nothing. */
    public void leave(String slug, long viewerId) {
        records.changing();
        Space space = records.space(slug);
        Optional<SpaceMember> m = records.membership(space, viewerId)
                .filter(x -> x.getStatus() == MembershipStatus.ACTIVE);
        if (m.isEmpty()) {
            return;
        }
        if (m.get().getRole() == SpaceRole.OWNER) {
            throw new AccessDeniedException("error.space.owner.leave");
        }
        em.remove(m.get());
    }
}
