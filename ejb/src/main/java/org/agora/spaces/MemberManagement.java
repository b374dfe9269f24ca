package org.agora.spaces;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.people.model.EmailAddress;
import org.agora.people.model.Person;
import org.agora.spaces.model.MembershipStatus;
import org.agora.spaces.model.Space;
import org.agora.spaces.model.SpaceMember;
import org.agora.spaces.model.SpaceRole;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;

/** What a space's owner and moderators do with its members: invite, let in, remove, promote, hand over. */
@Stateless
public class MemberManagement {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    SpaceRecords records;

    @Inject
    Event<MemberJoined> joined;

    @Inject
    Event<MemberInvited> invitations;

    @Inject
    Event<InvitationAnswered> answers;

    @Inject
    Event<JoinAnswered> joinAnswers;

    /** Invites a colleague by e-mail address. */
    public void invite(String slug, long managerId, String email) {
        records.changing();
        Space space = records.managed(slug, managerId);
        Person invitee = EmailAddress.normalise(email)
                .flatMap(e -> em.createNamedQuery("Person.byEmail", Person.class).setParameter("email", e)
                        .getResultStream().findFirst())
                .orElseThrow(() -> new InvalidInputException("email", "error.space.invite.unknown"));
        if (!invite(space, managerId, invitee)) {
            throw new InvalidInputException("email", "error.space.invite.already", invitee.getName());
        }
    }

    /**
     * Invites several colleagues at once, chosen one by one or as a whole department; those already in the space
     * (or invited) are passed over, a request to join is granted.
     *
     * @param personIds  the people chosen
     * @param department a department whose every member is invited, or null
     * @return how many were invited or let in
     * @throws InvalidInputException if nobody was chosen, or everyone chosen is already in the space
     */
    public int inviteAll(String slug, long managerId, Collection<Long> personIds, String department) {
        records.changing();
        Space space = records.managed(slug, managerId);
        Set<Long> ids = new LinkedHashSet<>(personIds);
        if (department != null && !department.isBlank()) {
            ids.addAll(em.createQuery("SELECT p.id FROM Person p WHERE p.department = :department", Long.class)
                    .setParameter("department", department.strip()).getResultList());
        }
        if (ids.isEmpty()) {
            throw new InvalidInputException("invitees", "error.space.invite.nobody");
        }
        int invited = 0;
        for (long id : ids) {
            Person invitee = em.find(Person.class, id);
            if (invitee == null) {
                throw new InvalidInputException("invitees", "error.space.invite.unknownPerson");
            }
            if (invite(space, managerId, invitee)) {
                invited++;
            }
        }
        if (invited == 0) {
            throw new InvalidInputException("invitees", "error.space.invite.allIn");
        }
        return invited;
    }

    /** @return the departments people work in, for inviting a whole one */
    public List<String> departments() {
        return em.createQuery("SELECT DISTINCT p.department FROM Person p WHERE p.department IS NOT NULL "
                + "ORDER BY p.department", String.class).getResultList();
    }

    // false when the person is already a member or invited; an invitation tells the invitee
    private boolean invite(Space space, long managerId, Person invitee) {
        Optional<SpaceMember> existing = records.membership(space, invitee.getId());
        if (existing.isPresent()) {
            if (existing.get().getStatus() == MembershipStatus.REQUESTED) {
                existing.get().activate();
                joined.fire(new MemberJoined(space.getId(), invitee.getId(), Instant.now()));
                return true;
            }
            return false;
        }
        Instant now = Instant.now();
        em.persist(new SpaceMember(space.getId(), invitee.getId(), SpaceRole.MEMBER, MembershipStatus.INVITED,
                managerId, now));
        invitations.fire(new MemberInvited(space.getSlug(), space.getName(), invitee.getId(), managerId, now));
        return true;
    }

    /** Lets in a person who asked to join. */
    public void approve(String slug, long managerId, long personId) {
        records.changing();
        Space space = records.managed(slug, managerId);
        records.membership(space, personId).filter(m -> m.getStatus() == MembershipStatus.REQUESTED)
                .orElseThrow(() -> new InvalidInputException("person", "error.space.notRequested"))
                .activate();
        joined.fire(new MemberJoined(space.getId(), personId, Instant.now()));
        joinAnswers.fire(new JoinAnswered(space.getSlug(), space.getName(), personId, managerId, true,
                Instant.now()));
    }

    /** Refuses a request, cancels an invitation or removes a member; the owner cannot be removed. */
    public void remove(String slug, long managerId, long personId) {
        records.changing();
        Space space = records.managed(slug, managerId);
        SpaceMember m = records.membership(space, personId)
                .orElseThrow(() -> new InvalidInputException("person", "error.space.notMember"));
        if (m.getRole() == SpaceRole.OWNER && m.getStatus() == MembershipStatus.ACTIVE) {
            throw new AccessDeniedException("error.space.owner.remove");
        }
        if (m.getStatus() == MembershipStatus.INVITED) {
            // a cancelled invitation no longer waits for an answer in the invitee's notifications
            answers.fire(new InvitationAnswered(space.getSlug(), personId));
        }
        if (m.getStatus() == MembershipStatus.REQUESTED) {
            joinAnswers.fire(new JoinAnswered(space.getSlug(), space.getName(), personId, managerId, false,
                    Instant.now()));
        }
        em.remove(m);
    }

    /** Makes another member the owner; the former owner stays as a moderator. */
    public void transferOwnership(String slug, long ownerId, long newOwnerId) {
        records.changing();
        Space space = records.space(slug);
        if (!records.access(space, ownerId).isOwner()) {
            throw new AccessDeniedException("error.space.owner.transfer");
        }
        SpaceMember next = records.membership(space, newOwnerId).filter(m -> m.getStatus() == MembershipStatus.ACTIVE)
                .orElseThrow(() -> new InvalidInputException("person", "error.space.owner.member"));
        em.createQuery("SELECT m FROM SpaceMember m WHERE m.spaceId = :space AND m.role = :owner", SpaceMember.class)
                .setParameter("space", space.getId()).setParameter("owner", SpaceRole.OWNER)
                .getResultStream().forEach(m -> m.setRole(SpaceRole.MODERATOR));
        next.setRole(SpaceRole.OWNER);
    }

    /** Makes an active member a moderator, or a moderator a member again; not the owner. */
    public void setModerator(String slug, long managerId, long personId, boolean moderator) {
        records.changing();
        Space space = records.managed(slug, managerId);
        SpaceMember m = records.membership(space, personId).filter(x -> x.getStatus() == MembershipStatus.ACTIVE
                        && x.getRole() != SpaceRole.OWNER)
                .orElseThrow(() -> new InvalidInputException("person", "error.space.moderator.member"));
        m.setRole(moderator ? SpaceRole.MODERATOR : SpaceRole.MEMBER);
    }
}
