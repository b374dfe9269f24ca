package org.agora.plugins.extensions;

import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.mentions.MentionService;
import org.agora.mentions.model.Handle;
import org.agora.people.model.Person;
import org.agora.people.profile.ProfileService;
import org.agora.people.profile.ProfileView;
import org.agora.people.profile.model.Visibility;
import org.agora.plugins.api.People;
import org.agora.plugins.api.PersonCard;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.ProfileAudience;
import org.agora.plugins.api.Viewer;
import org.agora.settings.TimeZoneService;
import org.agora.spaces.model.MembershipStatus;
import org.agora.validation.UnknownItemException;

/** The people directory as plugins see it ({@link People}): the same lookups as mentions and profiles. */
@Stateless
@LocalBean
public class PluginPeople implements People {

    private static final int MAX_IDS = 500;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    MentionService mentions;

    @EJB
    ProfileService profiles;

    @EJB
    TimeZoneService zones;

    @Override
    public List<PersonRef> find(Viewer viewer, String typed, int limit) {
        return mentions.suggest(typed, Math.clamp(limit, 1, MAX_FOUND)).stream()
                .map(s -> new PersonRef(s.id(), s.name(), s.handle())).toList();
    }

    @Override
    public Optional<PersonRef> byId(long id) {
        return Optional.ofNullable(em.find(Person.class, id)).map(PluginPeople::ref);
    }

    @Override
    public List<PersonRef> byIds(Collection<Long> ids) {
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " people at once");
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonRef> found = em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                .setParameter("ids", ids).getResultStream().map(PluginPeople::ref)
                .collect(Collectors.toMap(PersonRef::id, Function.identity()));
        return new LinkedHashSet<>(ids).stream().map(found::get).filter(p -> p != null).toList();
    }

    @Override
    public Optional<PersonRef> byHandle(String handle) {
        String h = handle == null ? "" : handle.strip().replaceFirst("^@", "");
        if (h.isEmpty() || h.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(mentions.resolve(List.of(h)).get(h)).flatMap(this::byId);
    }

    @Override
    public Optional<PersonCard> card(Viewer viewer, long id) {
        try {
            ProfileView view = profiles.view(id, viewer.id());
            Person person = em.find(Person.class, id);
            return Optional.of(new PersonCard(ref(person), view.jobTitle(), view.department(),
                    view.fields().location()));
        } catch (UnknownItemException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<PersonRef> everyone(long afterId, int limit) {
        return em.createQuery("SELECT p FROM Person p WHERE p.id > :after ORDER BY p.id", Person.class)
                .setParameter("after", afterId).setMaxResults(Math.clamp(limit, 1, MAX_PAGE))
                .getResultStream().map(PluginPeople::ref).toList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult();
    }

    @Override
    public List<PersonRef> members(long spaceId, long afterId, int limit) {
        return em.createQuery("SELECT m.person FROM SpaceMember m WHERE m.spaceId = :space AND m.status = :active"
                        + " AND m.personId > :after ORDER BY m.personId", Person.class)
                .setParameter("space", spaceId).setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("after", afterId).setMaxResults(Math.clamp(limit, 1, MAX_PAGE))
                .getResultStream().map(PluginPeople::ref).toList();
    }

    @Override
    public long memberCount(long spaceId) {
        return em.createQuery("SELECT COUNT(m) FROM SpaceMember m WHERE m.spaceId = :space AND m.status = :active",
                        Long.class)
                .setParameter("space", spaceId).setParameter("active", MembershipStatus.ACTIVE).getSingleResult();
    }

    @Override
    public boolean shows(Viewer viewer, long personId, ProfileAudience audience) {
        return profiles.shows(viewer.id(), personId, Visibility.valueOf(audience.name()));
    }

    @Override
    public ZoneId zone(long personId) {
        return zones.zoneOf(personId);
    }

    private static PersonRef ref(Person p) {
        return new PersonRef(p.getId(), p.getName(), Handle.of(p.getEmail()));
    }
}
