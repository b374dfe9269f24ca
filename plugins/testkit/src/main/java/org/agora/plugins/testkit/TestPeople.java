package org.agora.plugins.testkit;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.agora.plugins.api.People;
import org.agora.plugins.api.PersonCard;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.ProfileAudience;
import org.agora.plugins.api.Viewer;

/**
 * The test host's people directory: the people a test added with {@link TestHost#employee}. Looks people up as the
 * host does (start of the name, of a word of it, or of the handle; case and accents ignored).
 */
public final class TestPeople implements People {

    private final Map<Long, PersonCard> cards = new TreeMap<>();
    private final Map<Long, Boolean> locationShown = new TreeMap<>();
    private final Map<Long, Set<Long>> members = new TreeMap<>();
    private final Map<Long, ZoneId> zones = new TreeMap<>();
    private ZoneId companyZone = ZoneOffset.UTC;

    synchronized void join(long spaceId, long personId) {
        members.computeIfAbsent(spaceId, id -> new TreeSet<>()).add(personId);
    }

    synchronized boolean isMember(long spaceId, long personId) {
        return members.getOrDefault(spaceId, Set.of()).contains(personId);
    }

    synchronized void add(PersonCard card, boolean showLocation) {
        cards.put(card.person().id(), card);
        locationShown.put(card.person().id(), showLocation);
    }

    @Override
    public synchronized List<PersonRef> find(Viewer viewer, String typed, int limit) {
        String letters = fold(typed == null ? "" : typed.strip().replaceFirst("^@", ""));
        if (letters.isEmpty() || letters.length() > 60) {
            return List.of();
        }
        return cards.values().stream().map(PersonCard::person)
                .filter(p -> matches(letters, p))
                .sorted(Comparator.comparing((PersonRef p) -> fold(p.name())).thenComparing(PersonRef::id))
                .limit(Math.clamp(limit, 1, MAX_FOUND)).toList();
    }

    @Override
    public synchronized Optional<PersonRef> byId(long id) {
        return Optional.ofNullable(cards.get(id)).map(PersonCard::person);
    }

    @Override
    public synchronized List<PersonRef> byIds(Collection<Long> ids) {
        if (ids.size() > 500) {
            throw new IllegalArgumentException("at most 500 people at once");
        }
        List<PersonRef> found = new ArrayList<>();
        new LinkedHashSet<>(ids).forEach(id -> byId(id).ifPresent(found::add));
        return found;
    }

    @Override
    public synchronized Optional<PersonRef> byHandle(String handle) {
        String h = handle == null ? "" : handle.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        List<PersonRef> with = cards.values().stream().map(PersonCard::person).filter(p -> h.equals(p.handle()))
                .toList();
        return with.size() == 1 ? Optional.of(with.get(0)) : Optional.empty();
    }

    /** The location shows only to the person and, if they chose so, to colleagues. */
    @Override
    public synchronized Optional<PersonCard> card(Viewer viewer, long id) {
        return Optional.ofNullable(cards.get(id)).map(c -> viewer.id() == id || locationShown.get(id) ? c
                : new PersonCard(c.person(), c.jobTitle(), c.department(), null));
    }

    @Override
    public synchronized List<PersonRef> everyone(long afterId, int limit) {
        return cards.values().stream().map(PersonCard::person).filter(p -> p.id() > afterId)
                .limit(Math.clamp(limit, 1, MAX_PAGE)).toList();
    }

    @Override
    public synchronized long count() {
        return cards.size();
    }

    /** The space's members who are in the directory ({@link TestHost#employee}). */
    @Override
    public synchronized List<PersonRef> members(long spaceId, long afterId, int limit) {
        return members.getOrDefault(spaceId, Set.of()).stream().filter(id -> id > afterId)
                .map(cards::get).filter(c -> c != null).map(PersonCard::person)
                .limit(Math.clamp(limit, 1, MAX_PAGE)).toList();
    }

    @Override
    public synchronized long memberCount(long spaceId) {
        return members.getOrDefault(spaceId, Set.of()).stream().filter(cards::containsKey).count();
    }

    /** By the host's rules, with the memberships a test declared ({@link TestHost#space}). */
    @Override
    public synchronized boolean shows(Viewer viewer, long personId, ProfileAudience audience) {
        if (!cards.containsKey(personId)) {
            return false;
        }
        return switch (audience) {
            case EVERYONE -> true;
            case ONLY_ME -> viewer.id() == personId;
            case SPACES -> viewer.id() == personId || members.values().stream()
                    .anyMatch(m -> m.contains(viewer.id()) && m.contains(personId));
        };
    }

    private static boolean matches(String letters, PersonRef p) {
        if (p.handle() != null && p.handle().startsWith(letters)) {
            return true;
        }
        String name = fold(p.name());
        if (name.startsWith(letters)) {
            return true;
        }
        for (String word : name.split("[\\s'-]+")) {
            if (word.startsWith(letters)) {
                return true;
            }
        }
        return false;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The person's zone is the one they chose, else the company's ({@link #companyZone}, UTC at first). */
    @Override
    public synchronized ZoneId zone(long personId) {
        return zones.getOrDefault(personId, companyZone);
    }

    /** The person chooses the zone they read times in, as on their profile. */
    public synchronized TestPeople chooseZone(long personId, ZoneId zone) {
        zones.put(personId, zone);
        return this;
    }

    /** Administrators set the company's zone, for those who chose none. */
    public synchronized TestPeople companyZone(ZoneId zone) {
        companyZone = zone;
        return this;
    }
}
