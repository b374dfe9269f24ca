package org.agora.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.ProfileAudience;
import org.agora.plugins.api.StoredRecord;

/**
 * One's own skills (declare, change, withdraw) and a colleague's "Skills" tab, each with the directory card as the
 * reader may see it.
 */
final class ProfilePages {

    private ProfilePages() {
    }

    static PageResult mine(SkillsRequest s, Refused refused) {
        Map<String, Object> model = s.model();
        long me = s.viewer().id();
        model.put("rows", rows(s, me));
        model.put("me", Colleague.card(s.context.people(), s.viewer(), me));
        model.put("names", s.index().activeSkills().stream().map(Skill::name).toList());
        model.put("categories", s.index().categories());
        model.put("proposals", s.index().proposals().stream().filter(p -> p.proposedBy() == me).toList());
        model.put("skillValue", s.parameter("skill"));
        model.put("audience", new Audiences(s.context.records()).of(me).name());
        model.put("audiences", java.util.Arrays.stream(ProfileAudience.values()).map(Enum::name).toList());
        if (refused != null) {
            s.withError(model, refused);
        }
        return s.view("mine", "mine.title", model, refused == null ? 200 : refused.status());
    }

    static PageResult declare(SkillsRequest s) {
        return change(s, () -> new Declarations(s.context).declare(s.viewer(),
                s.parameter("skill"), s.parameter("level"), s.checked("learn"), s.checked("teach")));
    }

    /** Who sees one's skills: the profile's three choices. */
    static PageResult audience(SkillsRequest s) {
        return change(s, () -> new Audiences(s.context.records()).set(s.viewer().id(),
                Audiences.parse(s.parameter("audience")).orElseThrow(() -> new Refused(400, "error.audience"))));
    }

    static PageResult remove(SkillsRequest s) {
        return change(s, () -> new Declarations(s.context).remove(s.viewer(), s.number("skill")));
    }

    private static PageResult change(SkillsRequest s, Runnable change) {
        try {
            change.run();
            return PageResult.redirect("/mine");
        } catch (Refused refused) {
            return mine(s, refused);
        }
    }

    static PageResult person(SkillsRequest s, Refused refused) {
        if (s.request.person().isEmpty()) {
            return PageResult.redirect("/mine");
        }
        PersonRef person = s.request.person().get();
        Map<String, Object> model = s.model();
        model.put("person", person);
        model.put("self", person.id() == s.viewer().id());
        // what the person keeps from this reader is not shown, as the profile's own fields are not
        boolean shown = new Audiences(s.context.records()).visibleTo(s.context, s.viewer()).test(person.id());
        model.put("hidden", !shown);
        model.put("rows", shown ? rows(s, person.id()) : List.of());
        model.put("colleague", Colleague.card(s.context.people(), s.viewer(), person.id()));
        if (refused != null) {
            s.withError(model, refused);
        }
        return new PageResult.View("person", s.messages.get("person.title", person.name()), model,
                refused == null ? 200 : refused.status());
    }

    static PageResult endorse(SkillsRequest s, boolean endorse) {
        if (s.request.person().isEmpty()) {
            return new PageResult.BadRequest(s.messages.get("error.noPerson"));
        }
        long person = s.request.person().get().id();
        try {
            Declarations declarations = new Declarations(s.context);
            if (endorse) {
                declarations.endorse(s.viewer(), person, s.number("skill"));
            } else {
                declarations.withdraw(s.viewer(), person, s.number("skill"));
            }
            return PageResult.redirect("/person?person=" + person);
        } catch (Refused refused) {
            return person(s, refused);
        }
    }

    /** @return a person's declared skills, the highest level first, with their endorsers' names */
    static List<SkillRow> rows(SkillsRequest s, long person) {
        Map<Long, List<StoredRecord>> received = new HashMap<>();
        for (StoredRecord r : new SkillStore(s.context.records()).where(SkillStore.ENDORSEMENTS, "person",
                String.valueOf(person))) {
            received.computeIfAbsent(Skill.number(r.field("skill").orElse("")), k -> new ArrayList<>()).add(r);
        }
        List<SkillRow> rows = new ArrayList<>();
        for (Declaration d : s.index().skillsOf(person)) {
            Skill skill = s.index().skill(d.skill()).orElse(null);
            if (skill == null) {
                continue;
            }
            List<String> names = received.getOrDefault(d.skill(), List.of()).stream()
                    .filter(r -> d.endorsers().contains(Skill.number(r.field("by").orElse(""))))
                    .sorted(Comparator.comparing(r -> r.field("at").orElse("")))
                    .map(r -> r.field("byName").orElse("")).toList();
            String category = s.index().category(skill.category()).map(Category::name).orElse("");
            rows.add(new SkillRow(skill, category, d, names, d.endorsers().contains(s.viewer().id())));
        }
        rows.sort(Comparator.comparing((SkillRow r) -> r.declaration().level()).reversed()
                .thenComparing(r -> Names.key(r.skill().name())));
        return rows;
    }
}
