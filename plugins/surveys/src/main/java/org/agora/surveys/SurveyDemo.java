package org.agora.surveys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.DemoContent;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.pf4j.Extension;

/**
 * The demo company's surveys: an anonymous engagement pulse for the whole company that eight colleagues answered
 * (the demo's engineer, Lucas, has not yet), a named survey on tooling in Engineering, and a quick poll on the winter
 * party. Answers go through the same rules as on the pages.
 */
@Extension
public class SurveyDemo implements DemoContent {

    @Override
    public void seed(DemoCompany company, PluginContext context) throws Exception {
        Instant now = Instant.now();
        Messages messages = context.messages(Locale.ENGLISH);

        Survey pulse = publish(context, messages, company.person("nathan.david"), null, new Survey(0, 0, false,
                "Engagement pulse — December",
                "Ten quick questions... well, five. Your answers are **anonymous**: nobody, not even HR, can see "
                        + "who said what, and results show once five people answered.",
                0, 0, "", Survey.DRAFT, true, false, true, null, now.plus(Duration.ofDays(12)), 0, List.of(
                        new Question(QuestionType.NPS, "How likely are you to recommend Lumen as a place to work?",
                                true, List.of()),
                        new Question(QuestionType.RATING, "How manageable is your workload these weeks?", true,
                                List.of()),
                        new Question(QuestionType.SINGLE, "How often do you work from home?", false,
                                List.of("Never", "One or two days a week", "Three days or more")),
                        new Question(QuestionType.YES_NO, "Do you know what is expected of you this quarter?", true,
                                List.of()),
                        new Question(QuestionType.TEXT, "One thing we should change?", false, List.of()))));
        String[][] pulseAnswers = {
                {"amara.diallo", "9", "4", "1", "yes", "More quiet rooms on the second floor."},
                {"noah.petit", "10", "3", "2", "yes", ""},
                {"ines.robert", "7", "2", "1", "no", "Fewer meetings on Mondays, please."},
                {"arthur.lefevre", "8", "3", "0", "yes", "Plus de réunions courtes, moins de longues."},
                {"ethan.vincent", "6", "2", "2", "no", "Clearer priorities between teams."},
                {"manon.bonnet", "9", "4", "1", "yes", ""},
                {"camille.martin", "10", "4", "1", "yes", "Keep the Friday demos!"},
                {"emma.simon", "5", "1", "2", "no", "Le café du 3e étage."}};
        for (String[] a : pulseAnswers) {
            answer(context, pulse, company.person(a[0]), now, Map.of("q0", List.of(a[1]), "q1", List.of(a[2]),
                    "q2", List.of(a[3]), "q3", List.of(a[4]), "q4", List.of(a[5])));
        }

        SpaceRef engineering = company.space("engineering");
        Survey tooling = publish(context, messages, company.person("camille.martin"), engineering, new Survey(0, 0,
                false, "Developer tooling for next quarter",
                "We have budget for two tools. Tell us what would help most; answers are named so that we can "
                        + "follow up with you.",
                engineering.id(), 0, "", Survey.DRAFT, false, true, true, null, now.plus(Duration.ofDays(20)), 0,
                List.of(new Question(QuestionType.MULTIPLE, "Which tools would you use every week?", true,
                                List.of("A faster CI", "Preview environments", "A shared design system",
                                        "Better on-call tooling")),
                        new Question(QuestionType.RANKING, "Rank these by importance", true,
                                List.of("Build speed", "Code review", "Documentation")),
                        new Question(QuestionType.RATING, "How happy are you with today's tools?", false,
                                List.of()))));
        String[][] toolingAnswers = {
                {"amara.diallo", "0,1", "1,2,3", "3"},
                {"noah.petit", "0", "2,1,3", "2"},
                {"ines.robert", "1,2", "1,3,2", "4"},
                {"arthur.lefevre", "0,3", "3,1,2", ""}};
        for (String[] a : toolingAnswers) {
            answer(context, tooling, company.person(a[0]), now, Map.of("q0", List.of(a[1].split(",")),
                    "q1", List.of(a[2].split(",")), "q2", List.of(a[3])));
        }

        Survey poll = publish(context, messages, company.person("olivia.chen"), null, new Survey(0, 0, true,
                "Where should we hold the winter party?", "", 0, 0, "", Survey.DRAFT, false, false, true, null,
                now.plus(Duration.ofDays(7)), 0, List.of(new Question(QuestionType.SINGLE,
                        "Where should we hold the winter party?", true,
                        List.of("The rooftop", "A bowling alley", "The usual brasserie")))));
        String[][] votes = {{"camille.martin", "0"}, {"amara.diallo", "1"}, {"noah.petit", "0"},
                {"emma.simon", "2"}, {"hugo.richard", "0"}};
        for (String[] v : votes) {
            answer(context, poll, company.person(v[0]), now, Map.of("q0", List.of(v[1])));
        }
    }

    private static Survey publish(PluginContext context, Messages messages, Viewer author, SpaceRef space,
                                  Survey draft) {
        SurveyStore store = new SurveyStore(context.records());
        Survey created = store.create(new Survey(0, 0, draft.poll(), draft.title(), draft.description(),
                draft.spaceId(), author.id(), author.name(), Survey.DRAFT, draft.anonymous(), draft.editable(),
                draft.live(), draft.opensAt(), draft.closesAt(), 0, draft.questions()));
        SurveyFeed.publish(context, created, author, messages, space == null ? "" : "?space=" + space.id(), store)
                .ifPresent(refused -> {
                    throw new IllegalStateException(refused);
                });
        return store.get(created.id()).orElseThrow();
    }

    private static void answer(PluginContext context, Survey survey, Viewer who, Instant now,
                               Map<String, List<String>> form) {
        Responses.submit(context.records(), survey, who, form, now);
    }
}
