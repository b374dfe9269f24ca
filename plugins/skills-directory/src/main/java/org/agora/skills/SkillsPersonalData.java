package org.agora.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;
import org.pf4j.Extension;

/**
 * The directory's part of the GDPR. The export lists the person's declared skills (by name, with level and flags),
 * the endorsements they gave and received, and the skills they proposed. Erasing removes their declarations and
 * details, the endorsements they gave (also from the colleagues' counts) and received, and their name from
 * proposals; the host then deletes whatever records they still own.
 */
@Extension
public class SkillsPersonalData implements PersonalDataHandler {

    @Override
    public String export(long personId, PluginContext context) {
        SkillStore store = new SkillStore(context.records());
        String id = String.valueOf(personId);
        List<Declaration> declared = store.declarationsOf(personId);
        List<StoredRecord> given = store.where(SkillStore.ENDORSEMENTS, "by", id);
        List<StoredRecord> received = store.where(SkillStore.ENDORSEMENTS, "person", id);
        List<Skill> proposed = store.where(Skill.COLLECTION, "proposedBy", id).stream().map(Skill::of).toList();
        if (declared.isEmpty() && given.isEmpty() && received.isEmpty() && proposed.isEmpty()) {
            return null;
        }
        List<String> skills = new ArrayList<>();
        for (Declaration d : declared) {
            skills.add("{\"skill\":" + Json.quote(name(store, d.skill())) + ",\"level\":" + Json.quote(d.level().code())
                    + ",\"wantsToLearn\":" + d.learn() + ",\"canTeach\":" + d.teach() + ",\"endorsements\":"
                    + d.endorsements() + "}");
        }
        List<String> gave = given.stream().map(r -> "{\"skill\":" + Json.quote(name(store, number(r, "skill")))
                + ",\"person\":" + number(r, "person") + ",\"at\":" + Json.quote(r.field("at").orElse("")) + "}")
                .toList();
        List<String> got = received.stream().map(r -> "{\"skill\":" + Json.quote(name(store, number(r, "skill")))
                + ",\"by\":" + Json.quote(r.field("byName").orElse("")) + ",\"at\":"
                + Json.quote(r.field("at").orElse("")) + "}").toList();
        List<String> proposals = proposed.stream().map(s -> "{\"skill\":" + Json.quote(s.name()) + ",\"status\":"
                + Json.quote(s.status()) + "}").toList();
        return "{\"skills\":[" + String.join(",", skills) + "],\"endorsementsGiven\":[" + String.join(",", gave)
                + "],\"endorsementsReceived\":[" + String.join(",", got) + "],\"proposals\":["
                + String.join(",", proposals) + "]}";
    }

    @Override
    public void erase(long personId, PluginContext context) {
        SkillStore store = new SkillStore(context.records());
        String id = String.valueOf(personId);
        Set<Long> touched = new LinkedHashSet<>(List.of(personId));
        for (StoredRecord given : store.where(SkillStore.ENDORSEMENTS, "by", id)) {
            forgetEndorser(store, number(given, "person"), number(given, "skill"), personId);
            touched.add(number(given, "person"));
            context.records().delete(SkillStore.ENDORSEMENTS, given.id());
        }
        for (StoredRecord received : store.where(SkillStore.ENDORSEMENTS, "person", id)) {
            context.records().delete(SkillStore.ENDORSEMENTS, received.id());
        }
        for (Declaration d : store.declarationsOf(personId)) {
            context.records().delete(Declaration.COLLECTION, d.id());
        }
        store.colleagueRecord(personId).ifPresent(r -> context.records().delete(Colleague.COLLECTION, r.id()));
        for (StoredRecord proposal : store.where(Skill.COLLECTION, "proposedBy", id)) {
            Map<String, String> fields = new HashMap<>(proposal.fields());
            fields.put("proposedBy", "0");
            context.records().update(Skill.COLLECTION, proposal.id(), proposal.version(), fields);
        }
        Directory.invalidate(context, touched);
    }

    private static void forgetEndorser(SkillStore store, long person, long skill, long endorser) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Declaration d = store.declaration(person, skill).orElse(null);
            if (d == null || !d.endorsers().contains(endorser)) {
                return;
            }
            Set<Long> rest = new LinkedHashSet<>(d.endorsers());
            rest.remove(endorser);
            try {
                store.records().update(Declaration.COLLECTION, d.id(), d.version(), d.withEndorsers(rest).fields());
                return;
            } catch (StaleRecordException e) {
                // an endorsement at the same moment: read it again
            }
        }
    }

    private static String name(SkillStore store, long skill) {
        return store.skill(skill).map(Skill::name).orElse("");
    }

    private static long number(StoredRecord r, String field) {
        return Skill.number(r.field(field).orElse(""));
    }
}
