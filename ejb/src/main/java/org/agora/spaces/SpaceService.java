package org.agora.spaces;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.edits.EditConflictException;
import org.agora.edits.SeenVersion;
import org.agora.edits.SeenVersion.Outcome;
import org.agora.people.Roles;
import org.agora.people.model.EmailAddress;
import org.agora.people.model.Person;
import org.agora.requests.PerRequest;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.MembershipStatus;
import org.agora.spaces.model.ReadableSpaces;
import org.agora.spaces.model.Space;
import org.agora.spaces.model.SpaceKind;
import org.agora.spaces.model.SpaceMember;
import org.agora.spaces.model.SpacePicture;
import org.agora.spaces.model.SpaceRole;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/** Creating spaces and managing who is in them. */
@Stateless
public class SpaceService {

    // the managers told of a request to join: a space has a handful
    private static final int MAX_MANAGERS = 50;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<MemberJoined> joined;

    @Inject
    PerRequest perRequest;

    @Inject
    Roles roles;

    @Inject
    Event<SpaceChanged> searchable;

    @Inject
    Event<MemberInvited> invitations;

    @Inject
    Event<InvitationAnswered> answers;

    @Inject
    Event<JoinAnswered> joinAnswers;

    @Inject
    Event<JoinRequested> joinRequests;

    /** Creates a space; its creator is its owner. */
    public SpaceView create(long creatorId, String name, String description, SpaceKind kind) {
        changing();
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
        return view(space, creatorId);
    }

    private boolean slugTaken(String slug) {
        return !em.createQuery("SELECT s.id FROM Space s WHERE s.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().isEmpty();
    }

    /** @return the spaces the viewer may find: public and private ones, and secret ones they belong to */
    public List<SpaceView> directory(long viewerId) {
        boolean admin = isAdmin(viewerId);
        Map<Long, SpaceMember> mine = memberships(viewerId);
        return em.createQuery("SELECT s FROM Space s ORDER BY s.name", Space.class).getResultStream()
                .filter(s -> s.accessFor(mine.get(s.getId()), admin).canFind())
                .map(s -> view(s, s.accessFor(mine.get(s.getId()), admin)))
                .toList();
    }

    /** @throws UnknownItemException if there is no such space or the viewer may not know of it */
    public SpaceView find(String slug, long viewerId) {
        Space space = space(slug);
        return view(space, access(space, viewerId));
    }

    /** @return the members, invitations and requests the viewer may see */
    public List<MemberView> members(String slug, long viewerId) {
        Space space = space(slug);
        Access access = access(space, viewerId);
        if (!access.canRead()) {
            throw new AccessDeniedException("error.space.members.hidden");
        }
        return em.createQuery("SELECT m FROM SpaceMember m JOIN FETCH m.person WHERE m.spaceId = :space",
                        SpaceMember.class)
                .setParameter("space", space.getId()).getResultStream()
                .filter(m -> m.getStatus() == MembershipStatus.ACTIVE || access.canManage())
                .map(m -> new MemberView(m.getPersonId(), m.getPerson().getName(), m.getPerson().getJobTitle(),
                        m.getRole(), m.getStatus()))
                .sorted(Comparator.comparing(MemberView::status).thenComparing(MemberView::role)
                        .thenComparing(MemberView::name))
                .toList();
    }

    /**
     * The members a space's page names: its owner and moderators, then members by name, at most {@code limit}; the
     * members page lists them all.
     */
    public List<MemberView> firstMembers(String slug, long viewerId, int limit) {
        Space space = space(slug);
        if (!access(space, viewerId).canRead()) {
            throw new AccessDeniedException("error.space.members.hidden");
        }
        List<MemberView> first = new java.util.ArrayList<>(activeMembers(space,
                List.of(SpaceRole.OWNER, SpaceRole.MODERATOR), limit));
        first.sort(Comparator.comparing(MemberView::role).thenComparing(MemberView::name));
        if (first.size() < limit) {
            first.addAll(activeMembers(space, List.of(SpaceRole.MEMBER), limit - first.size()));
        }
        return List.copyOf(first);
    }

    private List<MemberView> activeMembers(Space space, List<SpaceRole> roles, int limit) {
        return em.createQuery("""
                        SELECT m FROM SpaceMember m JOIN FETCH m.person
                        WHERE m.spaceId = :space AND m.status = :active AND m.role IN :roles
                        ORDER BY m.person.name""", SpaceMember.class)
                .setParameter("space", space.getId()).setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("roles", roles).setMaxResults(limit).getResultStream()
                .map(m -> new MemberView(m.getPersonId(), m.getPerson().getName(), m.getPerson().getJobTitle(),
                        m.getRole(), m.getStatus()))
                .toList();
    }

    /** Joins an open space, or accepts an invitation; a member who joins again changes nothing. */
    public void join(String slug, long viewerId) {
        changing();
        Space space = space(slug);
        Access access = access(space, viewerId);
        if (access.isMember()) {
            return;
        }
        if (access.isInvited()) {
            membership(space, viewerId).orElseThrow().activate();
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
        changing();
        Space space = space(slug);
        Access access = access(space, viewerId);
        if (access.isMember() || access.hasRequested()) {
            return;
        }
        if (!access.canRequest()) {
            throw new AccessDeniedException("error.space.request");
        }
        em.persist(new SpaceMember(space.getId(), viewerId, SpaceRole.MEMBER, MembershipStatus.REQUESTED, null,
                Instant.now()));
        List<Long> managers = activeMembers(space, List.of(SpaceRole.OWNER, SpaceRole.MODERATOR), MAX_MANAGERS)
                .stream().map(MemberView::personId).toList();
        joinRequests.fire(new JoinRequested(space.getSlug(), space.getName(), viewerId, managers, Instant.now()));
    }

    /** Invites a colleague by e-mail address. */
    public void invite(String slug, long managerId, String email) {
        changing();
        Space space = managed(slug, managerId);
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
    public int inviteAll(String slug, long managerId, java.util.Collection<Long> personIds, String department) {
        changing();
        Space space = managed(slug, managerId);
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>(personIds);
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
        Optional<SpaceMember> existing = membership(space, invitee.getId());
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

    /** Declines an invitation, or withdraws a request to join; with neither, nothing changes. */
    public void decline(String slug, long viewerId) {
        changing();
        Space space = space(slug);
        membership(space, viewerId).filter(x -> x.getStatus() != MembershipStatus.ACTIVE).ifPresent(m -> {
            if (m.getStatus() == MembershipStatus.INVITED) {
                answers.fire(new InvitationAnswered(space.getSlug(), viewerId));
            }
            em.remove(m);
        });
    }

    public void approve(String slug, long managerId, long personId) {
        changing();
        Space space = managed(slug, managerId);
        membership(space, personId).filter(m -> m.getStatus() == MembershipStatus.REQUESTED)
                .orElseThrow(() -> new InvalidInputException("person", "error.space.notRequested"))
                .activate();
        joined.fire(new MemberJoined(space.getId(), personId, Instant.now()));
        joinAnswers.fire(new JoinAnswered(space.getSlug(), space.getName(), personId, managerId, true,
                Instant.now()));
    }

    /** Refuses a request, cancels an invitation or removes a member; the owner cannot be removed. */
    public void remove(String slug, long managerId, long personId) {
        changing();
        Space space = managed(slug, managerId);
        SpaceMember m = membership(space, personId)
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

    /** Leaves a space; the owner cannot, and someone who is not a member changes nothing. */
    public void leave(String slug, long viewerId) {
        changing();
        Space space = space(slug);
        Optional<SpaceMember> m = membership(space, viewerId).filter(x -> x.getStatus() == MembershipStatus.ACTIVE);
        if (m.isEmpty()) {
            return;
        }
        if (m.get().getRole() == SpaceRole.OWNER) {
            throw new AccessDeniedException("error.space.owner.leave");
        }
        em.remove(m.get());
    }

    /** Makes another member the owner; the former owner stays as a moderator. */
    public void transferOwnership(String slug, long ownerId, long newOwnerId) {
        changing();
        Space space = space(slug);
        if (!access(space, ownerId).isOwner()) {
            throw new AccessDeniedException("error.space.owner.transfer");
        }
        SpaceMember next = membership(space, newOwnerId).filter(m -> m.getStatus() == MembershipStatus.ACTIVE)
                .orElseThrow(() -> new InvalidInputException("person", "error.space.owner.member"));
        em.createQuery("SELECT m FROM SpaceMember m WHERE m.spaceId = :space AND m.role = :owner", SpaceMember.class)
                .setParameter("space", space.getId()).setParameter("owner", SpaceRole.OWNER)
                .getResultStream().forEach(m -> m.setRole(SpaceRole.MODERATOR));
        next.setRole(SpaceRole.OWNER);
    }

    public void setModerator(String slug, long managerId, long personId, boolean moderator) {
        changing();
        Space space = managed(slug, managerId);
        SpaceMember m = membership(space, personId).filter(x -> x.getStatus() == MembershipStatus.ACTIVE
                        && x.getRole() != SpaceRole.OWNER)
                .orElseThrow(() -> new InvalidInputException("person", "error.space.moderator.member"));
        m.setRole(moderator ? SpaceRole.MODERATOR : SpaceRole.MEMBER);
    }

    /** Archives (read-only) or restores a space. */
    public void archive(String slug, long ownerId, boolean archived) {
        changing();
        Space space = space(slug);
        if (!access(space, ownerId).isOwner()) {
            throw new AccessDeniedException("error.space.owner.archive");
        }
        space.archive(archived, Instant.now());
        searchable.fire(new SpaceChanged(space.getId()));
    }

    /** @return the name and description for the settings form, with the version read; for the managers */
    public SpaceSettings settings(String slug, long managerId) {
        Space space = managed(slug, managerId);
        return new SpaceSettings(view(space, managerId), space.getName(), space.getDescription(),
                space.getVersion());
    }

    /**
     * Renames a space and changes its description; the owner and moderators only.
     *
     * @param seen the version the form was read at
     * @throws EditConflictException if someone else changed them since; nothing is stored then
     */
    public void describe(String slug, long managerId, String name, String description, SeenVersion seen) {
        changing();
        Space space = managed(slug, managerId);
        if (seen.check(space.getVersion(), space.isDescribedAs(name, description)) == Outcome.STORE) {
            space.describe(name, description, Instant.now());
            em.flush();
            searchable.fire(new SpaceChanged(space.getId()));
        }
    }

    /** @return what a person may do in a space, by id; for other services */
    public Access access(long spaceId, long viewerId) {
        return perRequest.remember(new PerRequest.Key("access to space " + spaceId, viewerId), () -> {
            Space space = em.find(Space.class, spaceId);
            if (space == null) {
                throw new UnknownItemException("error.space.unknown");
            }
            return space.accessFor(membership(space, viewerId).orElse(null), isAdmin(viewerId));
        });
    }

    /** @return what a person may do in each of the spaces, by space id, in a constant number of queries */
    public Map<Long, Access> access(java.util.Collection<Long> spaceIds, long viewerId) {
        if (spaceIds.isEmpty()) {
            return Map.of();
        }
        boolean admin = isAdmin(viewerId);
        Map<Long, SpaceMember> mine = memberships(viewerId);
        return em.createQuery("SELECT s FROM Space s WHERE s.id IN :ids", Space.class)
                .setParameter("ids", spaceIds).getResultStream()
                .collect(Collectors.toMap(Space::getId, s -> s.accessFor(mine.get(s.getId()), admin)));
    }

    /** @return the spaces whose content the viewer may read: public ones and their own, or all for an administrator */
    public ReadableSpaces readableSpaces(long viewerId) {
        if (isAdmin(viewerId)) {
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

    private Space managed(String slug, long managerId) {
        Space space = space(slug);
        if (!access(space, managerId).canManage()) {
            throw new AccessDeniedException("error.space.members.manage");
        }
        return space;
    }

    private Space space(String slug) {
        return em.createQuery("SELECT s FROM Space s WHERE s.slug = :slug", Space.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownItemException("error.space.unknown"));
    }

    /** @throws UnknownItemException when the viewer may not even know of the space */
    private Access access(Space space, long viewerId) {
        Access access = space.accessFor(membership(space, viewerId).orElse(null), isAdmin(viewerId));
        if (!access.canFind()) {
            throw new UnknownItemException("error.space.unknown");
        }
        return access;
    }

    private Optional<SpaceMember> membership(Space space, long personId) {
        return Optional.ofNullable(em.find(SpaceMember.class, new SpaceMember.Key(space.getId(), personId)));
    }

    // read only: what is written goes through membership(), read in the writing transaction
    private Map<Long, SpaceMember> memberships(long personId) {
        return perRequest.remember(new PerRequest.Key("memberships", personId), () -> Map.copyOf(
                em.createQuery("SELECT m FROM SpaceMember m WHERE m.personId = :person", SpaceMember.class)
                        .setParameter("person", personId).getResultStream()
                        .collect(Collectors.toMap(SpaceMember::getSpaceId, Function.identity()))));
    }

    private boolean isAdmin(long personId) {
        return roles.isAdmin(personId);
    }

    // what this request has kept of memberships and spaces is about to change
    private void changing() {
        perRequest.forget();
    }

    private Person person(long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new UnknownItemException("error.account.unknown");
        }
        return p;
    }

    private SpaceView view(Space space, long viewerId) {
        return view(space, access(space, viewerId));
    }

    private SpaceView view(Space s, Access access) {
        long members = em.createQuery(
                        "SELECT COUNT(m) FROM SpaceMember m WHERE m.spaceId = :space AND m.status = :active", Long.class)
                .setParameter("space", s.getId()).setParameter("active", MembershipStatus.ACTIVE).getSingleResult();
        return new SpaceView(s.getId(), s.getSlug(), s.getName(), s.getDescription(), s.getKind(), s.isArchived(),
                members, access, s.picture(SpacePicture.COVER), s.picture(SpacePicture.ICON));
    }
}
