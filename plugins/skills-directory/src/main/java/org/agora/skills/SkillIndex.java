package org.agora.skills;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.agora.plugins.api.People;

/**
 * Everything "find an expert", mentoring and the matrices read, in memory: the taxonomy with every name and synonym
 * as it compares, each skill's holders and each person's skills, and the directory cards of the people who declared
 * skills, so that a search asks the host nothing. Built from the records by {@link Directory}, which refreshes the
 * parts a change touched and the cards gone stale; every read is synchronized and returns copies, and a refresh
 * asks the host before it takes the lock.
 */
final class SkillIndex {

    private final Map<Long, Skill> skills = new HashMap<>();
    private final Map<Long, Category> categories = new LinkedHashMap<>();
    private final Map<String, Long> terms = new HashMap<>();
    private final Map<Long, Map<Long, Declaration>> bySkill = new HashMap<>();
    private final Map<Long, Map<Long, Declaration>> byPerson = new HashMap<>();
    /** The directory cards of the people who declared skills, as any colleague sees them. */
    private final Map<Long, Colleague> people = new HashMap<>();
    /** When each card was read, so that the background task reads again those gone stale. */
    private final Map<Long, Instant> read = new HashMap<>();
    /** Each person's department and location as they compare, so that a search does not normalise them again. */
    private final Map<Long, String[]> places = new HashMap<>();

    /**
     * @param cards how many directory cards to read now; the others are left to {@link #refreshCards}, since each
     *              is a call to the host and a page has a few seconds
     * @return an index of everything in the store, with the cards of the people who declared skills
     */
    static SkillIndex build(SkillStore store, People directory, Instant now, int cards) {
        SkillIndex index = new SkillIndex();
        index.loadTaxonomy(store);
        store.declarations().forEach(index::put);
        int read = 0;
        for (long person : index.byPerson.keySet()) {
            if (read++ < cards) {
                index.putColleague(Colleague.card(directory, Colleague.ANYONE, person), now);
            } else {
                index.putColleague(Colleague.unknown(person), Instant.EPOCH);
            }
        }
        return index;
    }

    /** @return how many declarations it holds */
    synchronized int size() {
        return bySkill.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * Reloads categories and skills, after a curator or reviewer changed them. Declarations stay: only active
     * skills are declared, and no change of the taxonomy removes one.
     */
    synchronized void refreshTaxonomy(SkillStore store) {
        loadTaxonomy(store);
    }

    /**
     * Reloads one person's skills and card, after they (or a colleague endorsing them) changed something. The
     * records and the card are read before the index is locked, so that searches meanwhile do not wait.
     */
    void refreshPerson(SkillStore store, People directory, long person, Instant now) {
        List<Declaration> declared = store.declarationsOf(person);
        Colleague card = declared.isEmpty() ? null : Colleague.card(directory, Colleague.ANYONE, person);
        synchronized (this) {
            Map<Long, Declaration> old = byPerson.remove(person);
            if (old != null) {
                old.keySet().forEach(skill -> bySkill.getOrDefault(skill, Map.of()).remove(person));
            }
            people.remove(person);
            read.remove(person);
            places.remove(person);
            declared.forEach(this::put);
            if (card != null) {
                putColleague(card, now);
            }
        }
    }

    /**
     * Reads again the cards read before {@code staleBefore}, so that a new department, a location shown or hidden,
     * or a new name reaches the lists; the index stays readable meanwhile.
     *
     * @return how many cards were read
     */
    int refreshCards(People directory, Instant staleBefore, Instant now) {
        List<Long> stale;
        synchronized (this) {
            stale = read.entrySet().stream().filter(e -> e.getValue().isBefore(staleBefore)).map(Map.Entry::getKey)
                    .toList();
        }
        for (long person : stale) {
            Colleague card = Colleague.card(directory, Colleague.ANYONE, person);
            synchronized (this) {
                if (people.containsKey(person)) { // not withdrawn meanwhile
                    putColleague(card, now);
                }
            }
        }
        return stale.size();
    }

    private void loadTaxonomy(SkillStore store) {
        skills.clear();
        categories.clear();
        terms.clear();
        store.categories().stream().sorted(Comparator.comparing(c -> Names.key(c.name())))
                .forEach(c -> categories.put(c.id(), c));
        for (Skill skill : store.skills()) {
            skills.put(skill.id(), skill);
            if (skill.active()) {
                skill.keys().forEach(k -> terms.putIfAbsent(k, skill.id()));
            }
        }
    }

    private void putColleague(Colleague c, Instant now) {
        people.put(c.person(), c);
        read.put(c.person(), now);
        places.put(c.person(), new String[] {Names.key(c.department()), Names.key(c.location())});
    }

    /**
     * @param department a department as it compares ({@link Names#key}), or empty for any
     * @param location   a location as it compares, or empty for any
     * @return true if the person works there
     */
    synchronized boolean worksIn(long person, String department, String location) {
        String[] place = places.getOrDefault(person, new String[] {"", ""});
        return (department.isEmpty() || department.equals(place[0]))
                && (location.isEmpty() || location.equals(place[1]));
    }

    private void put(Declaration d) {
        bySkill.computeIfAbsent(d.skill(), k -> new HashMap<>()).put(d.person(), d);
        byPerson.computeIfAbsent(d.person(), k -> new HashMap<>()).put(d.skill(), d);
    }

    /**
     * Finds the skills a searcher means: the one whose name or synonym is the text (accents and case aside), or
     * else those within a typo or two of it, the closest first.
     */
    synchronized List<Skill> resolve(String text) {
        String key = Names.key(text);
        if (key.isEmpty()) {
            return List.of();
        }
        Long exact = terms.get(key);
        if (exact != null) {
            return List.of(skills.get(exact));
        }
        int max = Names.tolerance(key.length());
        Map<Long, Integer> closest = new HashMap<>();
        for (Map.Entry<String, Long> term : terms.entrySet()) {
            int d = Names.distance(key, term.getKey(), max);
            if (d <= max) {
                closest.merge(term.getValue(), d, Math::min);
            }
        }
        int best = closest.values().stream().min(Integer::compare).orElse(max + 1);
        return closest.entrySet().stream().filter(e -> e.getValue() == best).map(e -> skills.get(e.getKey()))
                .sorted(Comparator.comparing(Skill::name)).toList();
    }

    /** @return the skill that has exactly this name or synonym, accents and case aside */
    synchronized Optional<Skill> named(String text) {
        return Optional.ofNullable(terms.get(Names.key(text))).map(skills::get);
    }

    synchronized Optional<Skill> skill(long id) {
        return Optional.ofNullable(skills.get(id));
    }

    /** @return the active skills by name */
    synchronized List<Skill> activeSkills() {
        return skills.values().stream().filter(Skill::active).sorted(Comparator.comparing(s -> Names.key(s.name())))
                .toList();
    }

    /** @return the proposals waiting for a reviewer, oldest first */
    synchronized List<Skill> proposals() {
        return skills.values().stream().filter(Skill::proposed).sorted(Comparator.comparingLong(Skill::id)).toList();
    }

    synchronized List<Category> categories() {
        return List.copyOf(categories.values());
    }

    synchronized Optional<Category> category(long id) {
        return Optional.ofNullable(categories.get(id));
    }

    /** @return the declarations of a skill */
    synchronized List<Declaration> holders(long skill) {
        return List.copyOf(bySkill.getOrDefault(skill, Map.of()).values());
    }

    /** @return a person's declarations */
    synchronized List<Declaration> skillsOf(long person) {
        return List.copyOf(byPerson.getOrDefault(person, Map.of()).values());
    }

    /** @return the person's card as any colleague sees it; a name-less colleague for one without skills */
    synchronized Colleague colleague(long person) {
        return people.getOrDefault(person, Colleague.unknown(person));
    }

    /** @return the people who declared at least one skill */
    synchronized List<Colleague> colleagues() {
        return byPerson.keySet().stream().map(this::colleague).toList();
    }

    /** @return the departments of the people who declared skills, sorted */
    synchronized List<String> departments() {
        return distinct(Colleague::department);
    }

    /** @return the locations that the people who declared skills show to every colleague, sorted */
    synchronized List<String> locations() {
        return distinct(Colleague::location);
    }

    private List<String> distinct(java.util.function.Function<Colleague, String> field) {
        TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        people.values().stream().map(field).filter(v -> !v.isBlank()).forEach(values::add);
        return new ArrayList<>(values);
    }
}
