package org.agora.skills;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.PageResult;

/** The directory's home: find an expert by skill, department and location. */
final class SearchPages {

    private SearchPages() {
    }

    static PageResult search(SkillsRequest s) {
        String words = s.parameter("q").strip();
        if (words.length() > 200) {
            Map<String, Object> model = form(s, "");
            model.put("error", s.messages.get("error.queryTooLong", 200));
            return s.view("search", "skills.title", model, 400);
        }
        Map<String, Object> model = form(s, words);
        if (!words.isEmpty()) {
            List<Skill> skills = s.index().resolve(words);
            Set<Long> mentioned = ExpertFinder.mentioned(s.context, s.viewer(), skills);
            ExpertFinder.Answer answer = new ExpertFinder(s.index()).find(skills, s.parameter("department"),
                    s.parameter("location"), mentioned, s.context.clock().instant(),
                    new Audiences(s.context.records()).visibleTo(s.context, s.viewer()));
            model.put("answer", answer);
        }
        return s.view("search", "skills.title", model, 200);
    }

    private static Map<String, Object> form(SkillsRequest s, String words) {
        Map<String, Object> model = s.model();
        model.put("q", words);
        model.put("department", s.parameter("department"));
        model.put("location", s.parameter("location"));
        model.put("departments", s.index().departments());
        model.put("locations", s.index().locations());
        model.put("names", s.index().activeSkills().stream().map(Skill::name).toList());
        return model;
    }
}
