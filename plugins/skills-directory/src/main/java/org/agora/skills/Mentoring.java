package org.agora.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Mentoring matches: for each skill someone wants to learn, the colleagues who can teach it (the most skilled
 * first); for each skill they can teach, the colleagues who want to learn it.
 */
public final class Mentoring {

    /** One skill and the colleagues on the other side of it, the most skilled first. */
    public record Match(Skill skill, List<Partner> others) {
    }

    /** A colleague who can teach the skill, or wants to learn it. */
    public record Partner(Colleague colleague, Level level, int endorsements) {
    }

    private final SkillIndex index;
    private final LongPredicate visible;

    /** @param visible whose skills the reader may see ({@link Audiences}) */
    Mentoring(SkillIndex index, LongPredicate visible) {
        this.index = index;
        this.visible = visible;
    }

    /** @return the skills the person wants to learn, each with those who can teach it */
    List<Match> mentorsFor(long person) {
        return matches(person, true);
    }

    /** @return the skills the person can teach, each with those who want to learn it */
    List<Match> learnersFor(long person) {
        return matches(person, false);
    }

    /** @return true if the person declared they can teach the skill (or, for learners, want to learn it) */
    boolean offers(long person, long skill, boolean teaching) {
        return visible.test(person) && index.skillsOf(person).stream()
                .anyMatch(d -> d.skill() == skill && (teaching ? d.teach() : d.learn()));
    }

    private List<Match> matches(long person, boolean learning) {
        List<Match> out = new ArrayList<>();
        for (Declaration mine : index.skillsOf(person)) {
            if (learning ? !mine.learn() : !mine.teach()) {
                continue;
            }
            List<Partner> others = index.holders(mine.skill()).stream()
                    .filter(d -> d.person() != person && (learning ? d.teach() : d.learn()))
                    .filter(d -> visible.test(d.person()))
                    .sorted(Comparator.comparing(Declaration::level).reversed()
                            .thenComparing(Comparator.comparingInt(Declaration::endorsements).reversed()))
                    .limit(20).map(d -> new Partner(index.colleague(d.person()), d.level(), d.endorsements()))
                    .toList();
            index.skill(mine.skill()).ifPresent(s -> out.add(new Match(s, others)));
        }
        out.sort(Comparator.comparing(m -> Names.key(m.skill().name())));
        return out;
    }
}
