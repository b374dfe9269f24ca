package org.agora.skills;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.StoredRecord;
import org.pf4j.Extension;

/**
 * The directory's part of the GDPR. The export lists the person's declared skills (by name, with level and flags),
 * the endorsements they gave and received, and the skills they proposed, as data the host writes as JSON. Erasing
 * removes their declarations, the endorsements they gave and received, and their name from proposals; the host
 * then deletes whatever records they still own.
 */
@Extension
public class SkillsPersonalData implements PersonalDataHandler {

    @Override
    public Object exportData(long personId, PluginContext context) {
        SkillStore store = new SkillStore(context.records());
        String id = String.valueOf(personId);
        List<Declaration> declared = store.declarationsOf(personId);
        List<StoredRecord> given = store.where(SkillStore.ENDORSEMENTS, "by", id);
        List<StoredRecord> received = store.where(SkillStore.ENDORSEMENTS, "person", id);
        List<Skill> proposed = store.where(Skill.COLLECTION, "proposedBy", id).stream().map(Skill::of).toList();
        if (declared.isEmpty() && given.isEmpty() && received.isEmpty() && proposed.isEmpty()) {
            return null;
        }
        Map<String, Object> export = new HashMap<>();
        export.put("skills", declared.stream().map(d -> Map.of("skill", name(store, d.skill()),
                "level", d.level().code(), "wantsToLearn", d.learn(), "canTeach", d.teach(),
                "endorsements", d.endorsements())).toList());
        export.put("endorsementsGiven", given.stream().map(r -> Map.of("skill", name(store, number(r, "skill")),
                "person", number(r, "person"), "at", r.field("at").orElse(""))).toList());
        export.put("endorsementsReceived", received.stream().map(r -> Map.of("skill",
                name(store, number(r, "skill")), "by", r.field("byName").orElse(""), "at",
                r.field("at").orElse(""))).toList());
        export.put("proposals", proposed.stream().map(s -> Map.of("skill", s.name(), "status", s.status()))
                .toList());
        return export;
    }

    @Override
    public void erase(long personId, PluginContext context) {
        SkillStore store = new SkillStore(context.records());
        String id = String.valueOf(personId);
        Set<Long> touched = new LinkedHashSet<>(List.of(personId));
        for (StoredRecord given : store.where(SkillStore.ENDORSEMENTS, "by", id)) {
            touched.add(number(given, "person"));
            context.records().delete(SkillStore.ENDORSEMENTS, given.id());
        }
        for (StoredRecord received : store.where(SkillStore.ENDORSEMENTS, "person", id)) {
            context.records().delete(SkillStore.ENDORSEMENTS, received.id());
        }
        for (Declaration d : store.declarationsOf(personId)) {
            context.records().delete(Declaration.COLLECTION, d.id());
        }
        for (StoredRecord proposal : store.where(Skill.COLLECTION, "proposedBy", id)) {
            Map<String, String> fields = new HashMap<>(proposal.fields());
            fields.put("proposedBy", "0");
            context.records().update(Skill.COLLECTION, proposal.id(), proposal.version(), fields);
        }
        Directory.invalidate(context, touched);
    }

    private static String name(SkillStore store, long skill) {
        return store.skill(skill).map(Skill::name).orElse("");
    }

    private static long number(StoredRecord r, String field) {
        return Skill.number(r.field(field).orElse(""));
    }
}
