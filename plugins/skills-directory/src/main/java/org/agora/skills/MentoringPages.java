package org.agora.skills;

import java.util.Map;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.PluginNotification;

/**
 * Mentoring matches, and the button that acts on one: a notification to the colleague that says who would like
 * to learn from them (or offers to teach them), leading to the sender's skills.
 */
final class MentoringPages {

    private MentoringPages() {
    }

    static PageResult matches(SkillsRequest s, Refused refused) {
        Map<String, Object> model = s.model();
        Mentoring mentoring = new Mentoring(s.index(), new Audiences(s.context.records()).visibleTo(s.context,
                s.viewer()));
        model.put("mentors", mentoring.mentorsFor(s.viewer().id()));
        model.put("learners", mentoring.learnersFor(s.viewer().id()));
        model.put("sent", "1".equals(s.parameter("sent")));
        if (refused != null) {
            s.withError(model, refused);
        }
        return s.view("mentoring", "mentoring.title", model, refused == null ? 200 : refused.status());
    }

    /** Asks a colleague who can teach a skill to mentor the viewer, or offers to teach one who wants to learn it. */
    static PageResult contact(SkillsRequest s, boolean ask) {
        if (s.request.person().isEmpty()) {
            return new PageResult.BadRequest(s.messages.get("error.noPerson"));
        }
        PersonRef other = s.request.person().get();
        long skillId = s.number("skill");
        Skill skill = s.index().skill(skillId).orElse(null);
        Mentoring mentoring = new Mentoring(s.index(), new Audiences(s.context.records()).visibleTo(s.context,
                s.viewer()));
        if (skill == null || other.id() == s.viewer().id()
                || !mentoring.offers(other.id(), skillId, ask) || !mentoring.offers(s.viewer().id(), skillId, !ask)) {
            return matches(s, new Refused("error.noMatch"));
        }
        s.context.notify(PluginNotification.message(other.id(), ask ? "notify.ask" : "notify.offer",
                "/person?person=" + s.viewer().id(), s.viewer().name(), skill.name()));
        return PageResult.redirect("/mentoring?sent=1");
    }
}
