package org.agora.skills;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.StoredRecord;

/**
 * A skill an employee declared: the level, whether they want to learn it or can teach it, and the colleagues who
 * endorsed it (each endorsement is a record of its own, see {@link Declarations#endorse}). The record belongs to the
 * employee, so the host exports it and erases it with their data.
 * @param id        the record's id
 * @param version   the record's version, which guards a change of level or flags
 * @param person    the employee
 * @param skill     the skill's id
 * @param level     how well they know it
 * @param learn     they want to learn it (or learn more)
 * @param teach     they can teach it
 * @param endorsers the colleagues who endorsed it
 * @param updated   when they last changed it
 */
public record Declaration(long id, long version, long person, long skill, Level level, boolean learn, boolean teach,
                          Set<Long> endorsers, Instant updated) {

    static final String COLLECTION = "declarations";

    public Declaration {
        endorsers = Set.copyOf(endorsers);
    }

    /** @param endorsers who endorsed it, from the endorsement records (the field earlier versions kept is ignored) */
    static Declaration of(StoredRecord r, Set<Long> endorsers) {
        return new Declaration(r.id(), r.version(), Skill.number(r.field("person").orElse("")),
                Skill.number(r.field("skill").orElse("")),
                Level.parse(r.field("level").orElse("")).orElse(Level.NOTIONS),
                Boolean.parseBoolean(r.field("learn").orElse("false")),
                Boolean.parseBoolean(r.field("teach").orElse("false")), endorsers, r.updatedAt());
    }

    Map<String, String> fields() {
        return Map.of("person", String.valueOf(person), "skill", String.valueOf(skill), "level", level.code(),
                "learn", String.valueOf(learn), "teach", String.valueOf(teach));
    }

    /** @return how many colleagues endorsed it */
    public int endorsements() {
        return endorsers.size();
    }

    Declaration with(Level newLevel, boolean newLearn, boolean newTeach) {
        return new Declaration(id, version, person, skill, newLevel, newLearn, newTeach, endorsers, updated);
    }
}
