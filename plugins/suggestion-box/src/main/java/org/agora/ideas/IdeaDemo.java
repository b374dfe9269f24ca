package org.agora.ideas;

import java.util.List;
import java.util.Locale;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.DemoContent;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.Viewer;
import org.pf4j.Extension;

/**
 * The demo company's suggestion box: a few ideas, one of them anonymous, with votes, and answers from a
 * communicator, so that the box, its review queue and its dashboard have something to show.
 */
@Extension
public class IdeaDemo implements DemoContent {

    @Override
    public void seed(DemoCompany company, PluginContext context) {
        Viewer nathan = company.person("nathan.david");
        Idea bikes = submit(context, company.person("camille.martin"), "Covered bike parking",
                "Half of the **Lyon** team cycles in. A covered rack by the entrance would keep bikes dry.",
                "Workplace", false);
        Idea standup = submit(context, company.person("hugo.richard"), "Shorter Monday stand-ups",
                "Fifteen minutes, standing, with the board on the screen. #meetings", "Processes", false);
        Idea feedback = submit(context, company.person("emma.simon"), "A monthly open Q&A with the leadership",
                "Questions collected in advance, answered in front of everyone, anonymous questions welcome.",
                "Workplace", true);
        Votes votes = new Votes(context.records());
        for (String handle : List.of("lucas.bernard", "amara.diallo", "ines.robert", "noah.petit")) {
            votes.vote(bikes, company.person(handle).id());
        }
        for (String handle : List.of("lucas.bernard", "manon.bonnet")) {
            votes.vote(feedback, company.person(handle).id());
        }
        votes.vote(standup, company.person("ethan.vincent").id());
        IdeaStore store = new IdeaStore(context.records());
        new Workflow(context).change(store.byContent(bikes.contentId()).orElseThrow(), "planned",
                "Facilities ordered a covered rack for twelve bikes; it should be there next month.", "", nathan,
                "/i/" + bikes.contentId());
        new Workflow(context).change(store.byContent(standup.contentId()).orElseThrow(), "review",
                "Good point: the team leads discuss it on Thursday.", "", nathan, "/i/" + standup.contentId());
    }

    private static Idea submit(PluginContext context, Viewer author, String title, String text, String category,
                               boolean anonymous) {
        IdeaRequest w = new IdeaRequest(new PageRequest("POST", "/", java.util.Map.of(), author, null, null,
                List.of(), Locale.ENGLISH), context);
        return Submission.submit(w, new Submission.Form(title, text, category, anonymous, 0)).idea()
                .orElseThrow(() -> new IllegalStateException("the demo idea " + title + " was refused"));
    }
}
