package org.agora.skills;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PageResult;

/**
 * The taxonomy: categories and skills with their synonyms for everyone to read, the forms curators use, the
 * proposals reviewers accept, merge or reject, and the proposal form every employee has.
 */
final class TaxonomyPages {

    /** The most people {@code People.byIds} takes at once. */
    private static final int BATCH = 500;

    private TaxonomyPages() {
    }

    static PageResult taxonomy(SkillsRequest s, Refused refused) {
        Map<String, Object> model = s.model();
        Map<String, List<Skill>> grouped = new LinkedHashMap<>();
        List<Skill> active = s.index().activeSkills();
        for (Category c : s.index().categories()) {
            grouped.put(c.name(), active.stream().filter(k -> k.category() == c.id()).toList());
        }
        List<Skill> loose = active.stream().filter(k -> s.index().category(k.category()).isEmpty()).toList();
        if (!loose.isEmpty()) {
            grouped.put(s.messages.get("taxonomy.uncategorised"), loose);
        }
        model.put("grouped", grouped);
        model.put("skills", active);
        model.put("categories", s.index().categories());
        model.put("proposals", s.mayReview() ? s.index().proposals() : List.of());
        List<Skill> proposals = s.index().proposals();
        Map<Long, String> names = names(s, proposals.stream().map(Skill::proposedBy).distinct().toList());
        model.put("proposers", proposals.stream().map(p -> names.getOrDefault(p.proposedBy(), "")).toList());
        if (refused != null) {
            s.withError(model, refused);
        }
        return s.view("taxonomy", "taxonomy.title", model, refused == null ? 200 : refused.status());
    }

    /** @return the current names of these people, looked up {@link #BATCH} at a time */
    private static Map<Long, String> names(SkillsRequest s, List<Long> people) {
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < people.size(); i += BATCH) {
            s.context.people().byIds(people.subList(i, Math.min(people.size(), i + BATCH)))
                    .forEach(p -> names.put(p.id(), p.name()));
        }
        return names;
    }

    static PageResult change(SkillsRequest s, String path) {
        boolean propose = path.equals("/propose");
        boolean curate = path.startsWith("/taxonomy/");
        if (!propose && !(curate ? s.mayCurate() : s.mayReview())) {
            return s.forbidden();
        }
        Taxonomy taxonomy = new Taxonomy(s.context);
        try {
            switch (path) {
                case "/propose" -> taxonomy.propose(s.viewer(), s.parameter("name"), s.parameter("category"),
                        s.parameter("synonyms"));
                case "/taxonomy/category" -> taxonomy.addCategory(s.parameter("name"));
                case "/taxonomy/skill" -> taxonomy.addSkill(s.parameter("name"), s.parameter("category"),
                        s.parameter("synonyms"));
                case "/taxonomy/edit" -> taxonomy.edit(s.number("id"), s.number("version"), s.parameter("name"),
                        s.parameter("category"), s.parameter("synonyms"));
                case "/proposals/accept" -> taxonomy.accept(s.number("id"));
                case "/proposals/merge" -> taxonomy.merge(s.number("id"), s.number("target"));
                case "/proposals/reject" -> taxonomy.reject(s.number("id"));
                default -> {
                    return s.notFound();
                }
            }
            return PageResult.redirect(propose ? "/mine" : "/taxonomy");
        } catch (Refused refused) {
            return propose ? ProfilePages.mine(s, refused) : taxonomy(s, refused);
        }
    }
}
