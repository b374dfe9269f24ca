package org.agora.skills;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.Viewer;

/**
 * What employees change: their declared skills and their endorsements of colleagues. An endorsement is a record
 * owned by the endorser (who and when, for the endorsers list and the endorser's GDPR export), created with a key
 * unique to the colleague, the skill and the endorser, so two clicks at once never count twice.
 */
final class Declarations {

    private final PluginContext context;
    private final SkillStore store;

    Declarations(PluginContext context) {
        this.context = context;
        this.store = new SkillStore(context.records());
    }

    /** Declares a skill, or changes the level and flags of one already declared. */
    Declaration declare(Viewer who, String skillName, String levelCode, boolean learn, boolean teach) {
        Skill skill = Directory.index(context).named(skillName == null ? "" : skillName)
                .orElseThrow(() -> new Refused("error.unknownSkill", skillName == null ? "" : skillName.strip()));
        Level level = Level.parse(levelCode).orElseThrow(() -> new Refused("error.unknownLevel"));
        Declaration saved = save(who.id(), skill, level, learn, teach)
                .orElseGet(() -> store.declaration(who.id(), skill.id()).orElseThrow());
        Directory.personChanged(context, who.id());
        return saved;
    }

    /**
     * Declares a skill for a person, or changes the one declared, without telling the directory's index (an import
     * tells it once per part).
     *
     * @return the declaration, or empty if it was declared so already
     */
    Optional<Declaration> save(long person, Skill skill, Level level, boolean learn, boolean teach) {
        Optional<Declaration> existing = store.declaration(person, skill.id());
        if (existing.isPresent()) {
            Declaration d = existing.get();
            if (d.level() == level && d.learn() == learn && d.teach() == teach) {
                return Optional.empty();
            }
            try {
                StoredRecord r = context.records().update(Declaration.COLLECTION, d.id(), d.version(),
                        d.with(level, learn, teach).fields());
                return Optional.of(Declaration.of(r, d.endorsers()));
            } catch (StaleRecordException e) {
                throw new Refused(409, "error.stale");
            }
        }
        return Optional.of(Declaration.of(context.records().create(Declaration.COLLECTION,
                new Declaration(0, 0, person, skill.id(), level, learn, teach, Set.of(), null).fields(),
                person), Set.of()));
    }

    /** Withdraws a declared skill with its endorsements. */
    void remove(Viewer who, long skill) {
        Declaration d = store.declaration(who.id(), skill).orElseThrow(() -> new Refused(404, "error.notDeclared"));
        context.records().delete(Declaration.COLLECTION, d.id());
        store.endorsementsOf(who.id(), skill).forEach(r -> context.records().delete(SkillStore.ENDORSEMENTS, r.id()));
        Directory.personChanged(context, who.id());
    }

    /** Endorses a colleague's skill: once per colleague, never one's own. */
    void endorse(Viewer by, long person, long skill) {
        if (by.id() == person) {
            throw new Refused(403, "error.selfEndorsement");
        }
        if (!new Audiences(context.records()).visibleTo(context, by).test(person)) {
            // what the person keeps from this colleague is not there for them to endorse
            throw new Refused(404, "error.notDeclared");
        }
        Declaration d = store.declaration(person, skill).orElseThrow(() -> new Refused(404, "error.notDeclared"));
        if (d.endorsers().contains(by.id())) { // also an endorsement stored before endorsements had keys
            throw new Refused(409, "error.alreadyEndorsed");
        }
        Optional<StoredRecord> made = context.records().createUnique(SkillStore.ENDORSEMENTS,
                SkillStore.endorsementKey(person, skill, by.id()), Map.of("person", String.valueOf(person),
                        "skill", String.valueOf(skill), "by", String.valueOf(by.id()), "byName", by.name(),
                        "at", context.clock().instant().toString()), by.id(), null);
        if (made.isEmpty()) {
            throw new Refused(409, "error.alreadyEndorsed");
        }
        if (store.declaration(person, skill).isEmpty()) {
            // withdrawn meanwhile: its endorsements were deleted, perhaps before this one was stored
            context.records().delete(SkillStore.ENDORSEMENTS, made.get().id());
            throw new Refused(404, "error.notDeclared");
        }
        Directory.personChanged(context, person);
    }

    /** Withdraws one's endorsement of a colleague's skill. */
    void withdraw(Viewer by, long person, long skill) {
        store.declaration(person, skill).orElseThrow(() -> new Refused(404, "error.notDeclared"));
        boolean withdrawn = false;
        for (StoredRecord r : store.endorsementsOf(person, skill)) {
            if (r.field("by").orElse("").equals(String.valueOf(by.id()))) {
                withdrawn |= context.records().delete(SkillStore.ENDORSEMENTS, r.id());
            }
        }
        if (!withdrawn) {
            throw new Refused(409, "error.notEndorsed");
        }
        Directory.personChanged(context, person);
    }
}
