package org.agora.people.profile;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.agora.edits.EditConflictException;
import org.agora.edits.SeenVersion;
import org.agora.edits.SeenVersion.Outcome;
import org.agora.people.PersonChanged;
import org.agora.people.model.AccountStatus;
import org.agora.people.model.Person;
import org.agora.people.profile.model.Profile;
import org.agora.people.profile.model.ProfileDraft;
import org.agora.people.profile.model.ProfileDraft.ProfileValues;
import org.agora.people.profile.model.ProfileField;
import org.agora.people.profile.model.Relation;
import org.agora.people.profile.model.Tags;
import org.agora.people.profile.model.Visibility;
import org.agora.people.profile.model.VisibleFields;
import org.agora.spaces.model.MembershipStatus;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/** Reading profiles as a viewer may see them, editing one's own, and the people directory. */
@Stateless
public class ProfileService {

    public static final int DIRECTORY_PAGE = 20;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Event<PersonChanged> searchable;

    @Inject
    DirectoryCache company;

    /**
     * @return the person's profile with only the fields the viewer may see
     * @throws UnknownItemException if there is no such person
     */
    public ProfileView view(long personId, long viewerId) {
        Person person = em.find(Person.class, personId);
        if (person == null || person.isSystemAccount()) {
            throw new UnknownItemException("error.account.unknown");
        }
        Profile profile = em.find(Profile.class, personId);
        Relation relation = Relation.of(viewerId, personId, sharesSpace(viewerId, personId));
        VisibleFields fields = profile == null ? VisibleFields.NONE : profile.seenBy(relation);
        List<PersonRef> reports = em.createQuery(
                        "SELECT p FROM Person p WHERE p.manager.id = :id ORDER BY p.name, p.id", Person.class)
                .setParameter("id", personId).getResultStream().map(this::ref).toList();
        Person manager = person.getManager();
        return new ProfileView(personId, person.getName(), person.getJobTitle(), person.getDepartment(),
                photoVersion(profile), manager == null ? null : ref(manager), reports, fields,
                relation == Relation.SELF, person.getStatus() == AccountStatus.DEACTIVATED);
    }

    /** @return the person's own profile as the edit form shows it, defaults for one never edited */
    public ProfileDraft draft(long personId) {
        Profile profile = em.find(Profile.class, personId);
        return (profile == null ? new Profile(personId, Instant.now()) : profile).toDraft();
    }

    /** @return the version of the person's profile for the edit form, 0 for a profile never saved */
    public long version(long personId) {
        Profile profile = em.find(Profile.class, personId);
        return profile == null ? 0 : profile.getVersion();
    }

    /**
     * @return the person's initials, shown where they have no photo
     * @throws UnknownItemException if nobody has that id
     */
    public String initials(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new UnknownItemException("error.account.unknown");
        }
        return Initials.of(person.getName());
    }

    /** @return the version of the person's photo for its URL, or null if they have none */
    public String photoVersion(long personId) {
        return photoVersion(em.find(Profile.class, personId));
    }

    /** @return the version of each person's photo for its URL, by person id, for those who have one */
    public Map<Long, String> photoVersions(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM Profile p WHERE p.personId IN :ids", Profile.class)
                .setParameter("ids", personIds).getResultStream().filter(Profile::hasPhoto)
                .collect(Collectors.toMap(Profile::getPersonId, ProfileService::photoVersion));
    }

    /**
     * Replaces the person's profile with the draft, all or nothing.
     *
     * @throws InvalidInputException naming the first field that breaks a rule; nothing is stored then
     */
    public void save(long personId, ProfileDraft draft) {
        save(personId, draft, SeenVersion.unknown());
    }

    /**
     * Replaces the person's profile with the draft, all or nothing, unless it changed since the form was read.
     *
     * @param seen the version the form was read at (0 for a profile that did not exist yet)
     * @throws InvalidInputException naming the first field that breaks a rule; nothing is stored then
     * @throws EditConflictException if the profile was saved with other values since, from another tab or window
     */
    public void save(long personId, ProfileDraft draft, SeenVersion seen) {
        ProfileValues values = draft.validate();
        if (em.find(Person.class, personId) == null) {
            throw new UnknownItemException("error.account.unknown");
        }
        Instant now = Instant.now();
        Profile profile = em.find(Profile.class, personId);
        if (seen.check(profile == null ? 0 : profile.getVersion(), profile != null && profile.holds(values))
                == Outcome.ALREADY_STORED) {
            return;
        }
        if (profile == null) {
            profile = new Profile(personId, now);
            em.persist(profile);
        }
        if (profile.clearListsChangedBy(values)) {
            em.flush();
        }
        profile.update(values, now);
        em.flush();
        searchable.fire(new PersonChanged(personId));
    }

    /**
     * Searches the people directory. A criterion on a chosen-visibility field only matches people who let the viewer
     * see that field, so that a search never reveals what a profile hides.
     */
    public DirectoryPage directory(DirectoryQuery query, long viewerId) {
        List<String> departments = company.departments();
        // the chosen department as spelled in the directory, whatever its case and accents in the query
        List<String> inDepartment = blank(query.department()) ? null : departments.stream()
                .filter(d -> Tags.fold(d).equals(Tags.fold(query.department()))).toList();
        if (inDepartment != null && inDepartment.isEmpty()) {
            return new DirectoryPage(List.of(), departments, 1, 1, 0);
        }
        // people who left or were erased are not in the directory
        String where = " WHERE " + Person.LISTED
                + (inDepartment == null ? "" : " AND p.department IN :departments");
        boolean byFields = !blank(query.location()) || !blank(query.expertise()) || !blank(query.interest());
        if (blank(query.name()) && !byFields) {
            // browsing: the database counts and pages, so a company of any size costs one page of rows
            long total = inDepartment == null ? company.people() : em.createQuery(
                            "SELECT COUNT(p) FROM Person p" + where, Long.class)
                    .setParameter("departments", inDepartment).getSingleResult();
            int pages = pages(total);
            int page = Math.min(query.page(), pages);
            List<Long> shownIds = inDepartment == null ? new DirectorySql(em).page(page, DIRECTORY_PAGE)
                    : em.createQuery("SELECT p.id FROM Person p" + where + " ORDER BY p.name, p.id", Long.class)
                    .setParameter("departments", inDepartment)
                    .setFirstResult((page - 1) * DIRECTORY_PAGE).setMaxResults(DIRECTORY_PAGE).getResultList();
            return new DirectoryPage(refs(people(shownIds), profiles(shownIds)), departments, page, pages, total);
        }
        String name = Tags.fold(query.name());
        List<Long> found = inDepartment == null
                ? company.names().stream().filter(n -> Tags.foldedWordStartsWith(n.text(), name))
                        .map(DirectoryCache.Folded::personId).toList()
                : em.createQuery("SELECT p.id, p.name FROM Person p" + where + " ORDER BY p.name, p.id",
                                Object[].class).setParameter("departments", inDepartment).getResultStream()
                        .filter(r -> Tags.wordStartsWith((String) r[1], query.name())).map(r -> (Long) r[0]).toList();
        if (byFields) {
            found = withFields(found, query, viewerId);
        }
        int pages = pages(found.size());
        int page = Math.min(query.page(), pages);
        List<Long> shownIds = found.stream().skip((long) (page - 1) * DIRECTORY_PAGE).limit(DIRECTORY_PAGE).toList();
        return new DirectoryPage(refs(people(shownIds), profiles(shownIds)), departments, page, pages, found.size());
    }

    /** @return the people with these ids, in the order of the ids */
    private List<Person> people(List<Long> ids) {
        Map<Long, Person> byId = ids.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The most ids one query asks for; Derby compiles each of them into the statement. */
    private static final int IN_LIST = 1000;

    /** @return among the people, in their order, those whose profile matches the query's field criteria */
    private List<Long> withFields(List<Long> people, DirectoryQuery query, long viewerId) {
        // the values alone first (loading every profile with its lists, 50 requests at once, filled the heap of a
        // generated company of 10,000 people); then the profiles of those whose values match, for who may see them
        Set<Long> candidates = new HashSet<>(people);
        candidates.retainAll(matching(query.location(), ProfileField.LOCATION, candidates));
        candidates.retainAll(matching(query.expertise(), ProfileField.EXPERTISE, candidates));
        candidates.retainAll(matching(query.interest(), ProfileField.INTERESTS, candidates));
        if (candidates.isEmpty()) {
            return List.of();
        }
        // their values match already: the profiles, without their lists, tell whom the viewer may see them for
        Map<Long, Profile> profiles = new HashMap<>();
        List<Long> ids = List.copyOf(candidates);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createQuery("SELECT pr FROM Profile pr WHERE pr.personId IN :ids", Profile.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                    .getResultStream().forEach(pr -> profiles.put(pr.getPersonId(), pr));
        }
        Set<Long> near = spaceColleagues(viewerId);
        Predicate<Long> match = shown(query.location(), ProfileField.LOCATION, profiles, near, viewerId)
                .and(shown(query.expertise(), ProfileField.EXPERTISE, profiles, near, viewerId))
                .and(shown(query.interest(), ProfileField.INTERESTS, profiles, near, viewerId));
        return people.stream().filter(candidates::contains).filter(match).toList();
    }

    /** @return the people with a value of the field that starts a word with the wanted text; all if blank */
    private Set<Long> matching(String wanted, ProfileField field, Set<Long> among) {
        if (blank(wanted)) {
            return among;
        }
        String folded = Tags.fold(wanted);
        return company.values(field).stream().filter(v -> Tags.foldedWordStartsWith(v.text(), folded))
                .map(DirectoryCache.Folded::personId).collect(Collectors.toSet());
    }

    private Map<Long, Profile> profiles(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT pr FROM Profile pr WHERE pr.personId IN :ids", Profile.class)
                .setParameter("ids", personIds).getResultStream()
                .collect(Collectors.toMap(Profile::getPersonId, Function.identity()));
    }

    private static List<PersonRef> refs(List<Person> people, Map<Long, Profile> profiles) {
        return people.stream().map(p -> ref(p, profiles.get(p.getId()))).toList();
    }

    private static int pages(long total) {
        return (int) Math.max(1, (total + DIRECTORY_PAGE - 1) / DIRECTORY_PAGE);
    }

    /** @return whether the viewer may see the person's field, for a criterion on it; always true without one */
    private static Predicate<Long> shown(String wanted, ProfileField field, Map<Long, Profile> profiles,
                                         Set<Long> near, long viewerId) {
        if (blank(wanted)) {
            return id -> true;
        }
        return id -> {
            Profile pr = profiles.get(id);
            return pr != null && pr.shows(field, Relation.of(viewerId, id, near.contains(id)));
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * @return true if the viewer may see what the person shows to that audience, by the rules of the profile's
     *         fields; false for a person who does not exist or whose data was erased
     */
    public boolean shows(long viewerId, long personId, Visibility audience) {
        Person person = em.find(Person.class, personId);
        if (person == null || person.isSystemAccount() || person.getStatus().erased()) {
            return false;
        }
        boolean shares = viewerId != personId && audience == Visibility.SPACES && em.createQuery("""
                        SELECT COUNT(a) FROM SpaceMember a, SpaceMember b
                        WHERE a.spaceId = b.spaceId AND a.personId = :viewer AND b.personId = :person
                          AND a.status = :active AND b.status = :active""", Long.class)
                .setParameter("viewer", viewerId).setParameter("person", personId)
                .setParameter("active", MembershipStatus.ACTIVE).getSingleResult() > 0;
        return audience.shows(Relation.of(viewerId, personId, shares));
    }

    private boolean sharesSpace(long viewerId, long personId) {
        return viewerId != personId && spaceColleagues(viewerId).contains(personId);
    }

    /** @return the people who are active members of a space the viewer is an active member of */
    private Set<Long> spaceColleagues(long viewerId) {
        return new HashSet<>(em.createQuery("""
                        SELECT DISTINCT b.personId FROM SpaceMember a, SpaceMember b
                        WHERE a.spaceId = b.spaceId AND a.personId = :viewer
                          AND a.status = :active AND b.status = :active""", Long.class)
                .setParameter("viewer", viewerId).setParameter("active", MembershipStatus.ACTIVE).getResultList());
    }

    private PersonRef ref(Person p) {
        return ref(p, em.find(Profile.class, p.getId()));
    }

    private static PersonRef ref(Person p, Profile profile) {
        return new PersonRef(p.getId(), p.getName(), p.getJobTitle(), p.getDepartment(), photoVersion(profile));
    }

    private static String photoVersion(Profile profile) {
        return profile == null || !profile.hasPhoto() ? null : profile.getPhotoAvatar().substring(0, 16);
    }
}
