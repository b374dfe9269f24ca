package org.agora.skills;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.Viewer;

/**
 * What employees change: their declared skills, their department and location, and their endorsements of
 * colleagues. An endorsement is counted on the endorsed declaration, whose version guards it, so two clicks at once
 * (or two colleagues at once) never count twice or lose one; a record owned by the endorser keeps who and when for
 * the endorsers list and the endorser's GDPR export.
 */
final class Declarations {

    static final int MAX_DETAIL = 80;
    private static final int ATTEMPTS = 20;

    private final PluginContext context;
    private final SkillStore store;
    private final Clock clock;

    Declarations(PluginContext context, Clock clock) {
        this.context = context;
        this.store = new SkillStore(context.records());
        this.clock = clock;
    }

    /** Declares a skill, or changes the level and flags of one already declared. */
    Declaration declare(Viewer who, String skillName, String levelCode, boolean learn, boolean teach) {
        Skill skill = Directory.index(context).named(skillName == null ? "" : skillName)
                .orElseThrow(() -> new Refused("error.unknownSkill", skillName == null ? "" : skillName.strip()));
        Level level = Level.parse(levelCode).orElseThrow(() -> new Refused("error.unknownLevel"));
        remember(who);
        Optional<Declaration> existing = store.declaration(who.id(), skill.id());
        Declaration saved;
        if (existing.isPresent()) {
            Declaration d = existing.get();
            try {
                saved = Declaration.of(context.records().update(Declaration.COLLECTION, d.id(), d.version(),
                        d.with(level, learn, teach).fields()));
            } catch (StaleRecordException e) {
                throw new Refused(409, "error.stale");
            }
        } else {
            saved = Declaration.of(context.records().create(Declaration.COLLECTION,
                    new Declaration(0, 0, who.id(), skill.id(), level, learn, teach, Set.of(), null).fields(),
                    who.id()));
        }
        Directory.personChanged(context, who.id());
        return saved;
    }

    /** Withdraws a declared skill with its endorsements. */
    void remove(Viewer who, long skill) {
        Declaration d = store.declaration(who.id(), skill).orElseThrow(() -> new Refused(404, "error.notDeclared"));
        context.records().delete(Declaration.COLLECTION, d.id());
        store.endorsementsOf(who.id(), skill).forEach(r -> context.records().delete(SkillStore.ENDORSEMENTS, r.id()));
        Directory.personChanged(context, who.id());
    }

    /** Saves the department and location a person gives, which searches and matrices filter on. */
    void describe(Viewer who, String department, String location) {
        Map<String, String> fields = new Colleague(who.id(), who.name(), detail(department), detail(location))
                .fields();
        saveColleague(who.id(), fields);
        Directory.personChanged(context, who.id());
    }

    /** Endorses a colleague's skill: once per colleague, never one's own. */
    void endorse(Viewer by, long person, long skill) {
        if (by.id() == person) {
            throw new Refused(403, "error.selfEndorsement");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Declaration d = store.declaration(person, skill).orElseThrow(() -> new Refused(404, "error.notDeclared"));
            if (d.endorsers().contains(by.id())) {
                throw new Refused(409, "error.alreadyEndorsed");
            }
            Set<Long> endorsers = new LinkedHashSet<>(d.endorsers());
            endorsers.add(by.id());
            try {
                context.records().update(Declaration.COLLECTION, d.id(), d.version(),
                        d.withEndorsers(endorsers).fields());
            } catch (StaleRecordException e) {
                continue; // changed meanwhile: read it again, which also sees a concurrent endorsement of ours
            }
            context.records().create(SkillStore.ENDORSEMENTS, Map.of("person", String.valueOf(person),
                    "skill", String.valueOf(skill), "by", String.valueOf(by.id()), "byName", by.name(),
                    "at", clock.instant().toString()), by.id());
            Directory.personChanged(context, person);
            return;
        }
        throw new Refused(409, "error.stale");
    }

    /** Withdraws one's endorsement of a colleague's skill. */
    void withdraw(Viewer by, long person, long skill) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Declaration d = store.declaration(person, skill).orElseThrow(() -> new Refused(404, "error.notDeclared"));
            if (!d.endorsers().contains(by.id())) {
                throw new Refused(409, "error.notEndorsed");
            }
            Set<Long> endorsers = new LinkedHashSet<>(d.endorsers());
            endorsers.remove(by.id());
            try {
                context.records().update(Declaration.COLLECTION, d.id(), d.version(),
                        d.withEndorsers(endorsers).fields());
            } catch (StaleRecordException e) {
                continue;
            }
            store.endorsementsOf(person, skill).stream().filter(r -> r.field("by").orElse("")
                    .equals(String.valueOf(by.id()))).forEach(r -> context.records().delete(SkillStore.ENDORSEMENTS,
                    r.id()));
            Directory.personChanged(context, person);
            return;
        }
        throw new Refused(409, "error.stale");
    }

    /** Keeps the person's current name, so that lists show it without asking the host. */
    private void remember(Viewer who) {
        Optional<StoredRecord> known = store.colleagueRecord(who.id());
        if (known.isEmpty() || !who.name().equals(known.get().field("name").orElse(""))) {
            Colleague c = known.map(Colleague::of).orElse(new Colleague(who.id(), who.name(), "", ""));
            saveColleague(who.id(), new Colleague(who.id(), who.name(), c.department(), c.location()).fields());
        }
    }

    private void saveColleague(long person, Map<String, String> fields) {
        Optional<StoredRecord> known = store.colleagueRecord(person);
        try {
            if (known.isPresent()) {
                context.records().update(Colleague.COLLECTION, known.get().id(), known.get().version(),
                        new HashMap<>(fields));
            } else {
                context.records().create(Colleague.COLLECTION, fields, person);
            }
        } catch (StaleRecordException e) {
            throw new Refused(409, "error.stale");
        }
    }

    private static String detail(String text) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.length() > MAX_DETAIL) {
            throw new Refused("error.detailTooLong", MAX_DETAIL);
        }
        return clean;
    }
}
