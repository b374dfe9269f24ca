package org.agora.skills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.Viewer;

/**
 * The rules of the taxonomy: names are unique among every name and synonym (accents and case aside), curators add
 * categories and skills, employees propose skills, reviewers accept, merge or reject proposals. The page checks the
 * permission; these methods check the data.
 */
final class Taxonomy {

    static final int MAX_NAME = 80;

    private final PluginContext context;
    private final SkillStore store;

    Taxonomy(PluginContext context) {
        this.context = context;
        this.store = new SkillStore(context.records());
    }

    private SkillIndex index() {
        return Directory.index(context);
    }

    Category addCategory(String name) {
        String clean = name(name);
        if (index().categories().stream().anyMatch(c -> Names.key(c.name()).equals(Names.key(clean)))) {
            throw new Refused(409, "error.categoryExists", clean);
        }
        Category created = Category.of(context.records().create(Category.COLLECTION, Map.of("name", clean)));
        Directory.taxonomyChanged(context);
        return created;
    }

    Skill addSkill(String name, String category, String synonyms) {
        Skill skill = new Skill(0, 0, name(name), category(category), synonyms(synonyms), Skill.ACTIVE, 0);
        requireFree(skill, 0);
        Skill created = Skill.of(context.records().create(Skill.COLLECTION, skill.fields()));
        Directory.taxonomyChanged(context);
        return created;
    }

    /** Changes a skill's name, category and synonyms, unless someone changed it since the form was read. */
    Skill edit(long id, long version, String name, String category, String synonyms) {
        Skill old = existing(id);
        Skill changed = old.with(name(name), category(category), synonyms(synonyms), old.status());
        requireFree(changed, id);
        try {
            Skill saved = Skill.of(context.records().update(Skill.COLLECTION, id, version, changed.fields()));
            Directory.taxonomyChanged(context);
            return saved;
        } catch (StaleRecordException e) {
            throw new Refused(409, "error.stale");
        }
    }

    Skill propose(Viewer by, String name, String category, String synonyms) {
        Skill skill = new Skill(0, 0, name(name), category(category), synonyms(synonyms), Skill.PROPOSED, by.id());
        requireFree(skill, 0);
        if (index().proposals().stream().anyMatch(p -> p.keys().stream().anyMatch(skill.keys()::contains))) {
            throw new Refused(409, "error.alreadyProposed", skill.name());
        }
        Skill created = Skill.of(context.records().create(Skill.COLLECTION, skill.fields()));
        Directory.taxonomyChanged(context);
        return created;
    }

    /** Makes a proposal an active skill that everyone can declare. */
    Skill accept(long id) {
        Skill proposal = proposal(id);
        requireFree(proposal, proposal.id());
        Skill accepted = save(proposal, proposal.with(proposal.name(), proposal.category(), proposal.synonyms(),
                Skill.ACTIVE));
        tell(proposal, "notify.accepted", proposal.name());
        return accepted;
    }

    /** Turns a proposal into synonyms of an existing skill, so that its name finds that skill from now on. */
    Skill merge(long id, long targetId) {
        Skill proposal = proposal(id);
        Skill target = existing(targetId);
        if (!target.active()) {
            throw new Refused("error.noSkill");
        }
        Set<String> synonyms = new LinkedHashSet<>(target.synonyms());
        synonyms.add(proposal.name());
        synonyms.addAll(proposal.synonyms());
        synonyms.removeIf(s -> Names.key(s).equals(Names.key(target.name())));
        Skill merged = save(target, target.with(target.name(), target.category(), new ArrayList<>(synonyms),
                Skill.ACTIVE));
        context.records().delete(Skill.COLLECTION, proposal.id());
        Directory.taxonomyChanged(context);
        tell(proposal, "notify.merged", proposal.name(), target.name());
        return merged;
    }

    void reject(long id) {
        Skill proposal = proposal(id);
        save(proposal, proposal.with(proposal.name(), proposal.category(), proposal.synonyms(), Skill.REJECTED));
        tell(proposal, "notify.rejected", proposal.name());
    }

    private Skill save(Skill old, Skill changed) {
        try {
            Skill saved = Skill.of(context.records().update(Skill.COLLECTION, old.id(), old.version(),
                    changed.fields()));
            Directory.taxonomyChanged(context);
            return saved;
        } catch (StaleRecordException e) {
            throw new Refused(409, "error.stale");
        }
    }

    private void tell(Skill proposal, String key, Object... args) {
        if (proposal.proposedBy() > 0) {
            context.notify(PluginNotification.message(proposal.proposedBy(), key, "/mine", args));
        }
    }

    private Skill existing(long id) {
        return store.skill(id).orElseThrow(() -> new Refused(404, "error.noSkill"));
    }

    private Skill proposal(long id) {
        Skill skill = existing(id);
        if (!skill.proposed()) {
            throw new Refused(409, "error.notProposed", skill.name());
        }
        return skill;
    }

    /** Refuses a skill whose name or a synonym is already another skill's name or synonym. */
    private void requireFree(Skill skill, long self) {
        List<Skill> active = index().activeSkills();
        for (String key : skill.keys()) {
            for (Skill other : active) {
                if (other.id() != self && other.keys().contains(key)) {
                    throw new Refused(409, "error.nameTaken", key, other.name());
                }
            }
        }
    }

    private long category(String text) {
        if (text == null || text.isBlank() || "0".equals(text.strip())) {
            return 0;
        }
        long id = Skill.number(text.strip());
        if (index().category(id).isEmpty()) {
            throw new Refused("error.noCategory");
        }
        return id;
    }

    static String name(String text) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (Names.key(clean).isEmpty()) {
            throw new Refused("error.nameRequired");
        }
        if (clean.length() > MAX_NAME) {
            throw new Refused("error.nameTooLong", MAX_NAME);
        }
        return clean;
    }

    static List<String> synonyms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String s : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            String clean = name(s);
            if (seen.add(Names.key(clean))) {
                out.add(clean);
            }
        }
        if (out.size() > 20) {
            throw new Refused("error.tooManySynonyms", 20);
        }
        return out;
    }
}
