package org.agora.skills;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.SearchHit;

/**
 * "Who here knows X?": the skills the words mean (synonyms, accents, case and typos understood), the people who
 * declared them, filtered by department and location, best first by {@link #score}.
 */
public final class ExpertFinder {

    /** At most this many people in an answer. */
    static final int LIMIT = 50;
    private static final Pattern PROFILE = Pattern.compile("^/people/([0-9]{1,18})(?:[/?#].*)?$");
    private static final Duration RECENT = Duration.ofDays(180);

    /**
     * One person found.
     * @param colleague who
     * @param skill     for which skill
     * @param level     their level
     * @param endorsements how many colleagues endorsed it
     * @param mentioned their profile or their recent posts mention the skill in Agora's search
     * @param teach     they can teach it
     * @param score     the ranking score
     */
    public record Expert(Colleague colleague, Skill skill, Level level, int endorsements, boolean mentioned, boolean teach,
                  double score) {
    }

    /** The answer: the skills understood and the people, best first. */
    public record Answer(List<Skill> skills, List<Expert> experts) {
    }

    private final SkillIndex index;

    ExpertFinder(SkillIndex index) {
        this.index = index;
    }

    /**
     * @param department only people of this department (accents and case aside), or blank for all
     * @param location   only people at this location, or blank for all
     * @param mentioned  people whose profile or activity in Agora mentions the skill
     */
    Answer find(String words, String department, String location, Set<Long> mentioned, Instant now) {
        return find(index.resolve(words), department, location, mentioned, now, person -> true);
    }

    /**
     * @param skills  the skills the searcher's words mean, as {@link SkillIndex#resolve} found them
     * @param visible whose skills the searcher may see ({@link Audiences})
     */
    Answer find(List<Skill> skills, String department, String location, Set<Long> mentioned, Instant now,
                LongPredicate visible) {
        String dept = Names.key(department);
        String place = Names.key(location);
        List<Expert> experts = new ArrayList<>();
        for (Skill skill : skills) {
            for (Declaration d : index.holders(skill.id())) {
                if (index.worksIn(d.person(), dept, place) && visible.test(d.person())) {
                    Colleague c = index.colleague(d.person());
                    boolean active = mentioned.contains(d.person());
                    boolean recent = d.updated() != null && d.updated().isAfter(now.minus(RECENT));
                    experts.add(new Expert(c, skill, d.level(), d.endorsements(), active, d.teach(),
                            score(d.level(), d.endorsements(), active, recent)));
                }
            }
        }
        experts.sort(Comparator.comparingDouble(Expert::score).reversed()
                .thenComparing(e -> e.colleague().name(), String.CASE_INSENSITIVE_ORDER));
        return new Answer(skills, experts.size() > LIMIT ? List.copyOf(experts.subList(0, LIMIT)) : experts);
    }

    /**
     * The ranking: the level first (100 a step), then what sets people of one level apart, which adds up to less
     * than a step so that it never outranks a higher level: endorsements with diminishing returns (15 for the
     * first, 30 for three, 45 for seven, at most 49), 40 when Agora's search finds the skill in their profile, and
     * 10 when they changed or were endorsed for it in the last six months.
     */
    static double score(Level level, int endorsements, boolean mentioned, boolean recent) {
        double endorsed = Math.min(49, 15 * Math.log(1 + endorsements) / Math.log(2));
        return level.rank() * 100 + endorsed + (mentioned ? 40 : 0) + (recent ? 10 : 0);
    }

    /**
     * Asks Agora's search, as the viewer (so only what they may read counts), for the skill's names, and keeps the
     * people whose profile it finds and those who wrote about it in the last six months (posts, comments, documents,
     * modules' items; never the author of an anonymous one, whom search does not give).
     */
    static Set<Long> mentioned(PluginContext context, Viewer viewer, List<Skill> skills) {
        List<SearchHit> hits = new java.util.ArrayList<>();
        for (Skill skill : skills.subList(0, Math.min(3, skills.size()))) {
            hits.addAll(context.search(viewer, quoted(skill.name()), 50));
        }
        return activeIn(hits, context.clock().instant().minus(RECENT));
    }

    /** @return the people whose profiles are among the hits, and the authors of hits written since then */
    static Set<Long> activeIn(List<SearchHit> hits, Instant since) {
        Set<Long> people = new HashSet<>();
        for (SearchHit hit : hits) {
            Matcher m = PROFILE.matcher(hit.link());
            if ("person".equals(hit.type()) && m.matches()) {
                people.add(Long.parseLong(m.group(1)));
            } else if (hit.authorId() != null && hit.createdAt() != null && hit.createdAt().isAfter(since)) {
                people.add(hit.authorId());
            }
        }
        return people;
    }

    private static String quoted(String name) {
        String plain = name.replace("\"", " ").strip();
        return plain.contains(" ") ? "\"" + plain + "\"" : plain;
    }
}
