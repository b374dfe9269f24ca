package org.agora.surveys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.plugins.api.People;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StoredRecord;

/**
 * Reminders to the people of a survey's audience who have not answered (its author aside): at most one a day per
 * survey, asked by its author, sent by {@link SurveyDeadlines} a page of the audience at a time (a company has
 * thousands of people; a page's time would not do), so a reminder resumes where it stopped. One record per reminder
 * (collection {@code reminders}), keyed by survey and day, so that two clicks at once make one reminder.
 */
final class Reminders {

    static final String REMINDERS = "reminders";
    /** How many people of the audience one run looks at. */
    static final int PER_RUN = 2_000;
    private static final int PAGE = People.MAX_PAGE;

    private final PluginContext context;

    Reminders(PluginContext context) {
        this.context = context;
    }

    /** @return the reminder started, or empty if the survey had one today already */
    Optional<StoredRecord> request(Survey survey, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return context.records().createUnique(REMINDERS, "survey-" + survey.id() + "/" + day,
                Map.of("survey", String.valueOf(survey.id()), "day", day.toString(), "after", "0",
                        "done", "false"), null, null);
    }

    /** @return the last day the survey was reminded of, if ever */
    Optional<LocalDate> lastDay(Survey survey) {
        return context.records().find(RecordQuery.in(REMINDERS).where("survey", String.valueOf(survey.id()))
                        .orderByDescending("day").limit(1)).stream()
                .findFirst().map(r -> LocalDate.parse(r.fields().get("day")));
    }

    /** The number of people a survey asks: the company's, or the space's members. */
    long audience(Survey survey) {
        return survey.spaceId() == 0 ? context.people().count() : context.people().memberCount(survey.spaceId());
    }

    /** Sends the next part of every reminder under way, looking at no more than {@value #PER_RUN} people. */
    void send(Instant now) {
        int budget = PER_RUN;
        for (StoredRecord reminder : context.records().find(RecordQuery.in(REMINDERS).where("done", "false")
                .limit(20))) {
            if (budget <= 0 || Thread.currentThread().isInterrupted()) {
                return;
            }
            budget -= sendPart(reminder, now, budget);
        }
    }

    private int sendPart(StoredRecord reminder, Instant now, int budget) {
        long surveyId = Long.parseLong(reminder.fields().get("survey"));
        Optional<Survey> survey = new SurveyStore(context.records()).get(surveyId)
                .filter(s -> s.state(now) == Survey.State.OPEN);
        long after = Long.parseLong(reminder.fields().get("after"));
        int looked = 0;
        boolean done = survey.isEmpty();
        if (survey.isPresent()) {
            Set<Long> answered = new Roll(context.records(), surveyId).people();
            while (looked < budget) {
                List<PersonRef> page = page(survey.get(), after);
                for (PersonRef person : page) {
                    if (!answered.contains(person.id()) && person.id() != survey.get().authorId()) {
                        context.notify(PluginNotification.message(person.id(), "notify.reminder",
                                SurveyRequest.pathOf(survey.get(), ""), survey.get().title()));
                    }
                    after = person.id();
                }
                looked += page.size();
                if (page.size() < PAGE) {
                    done = true;
                    break;
                }
            }
        }
        context.records().update(REMINDERS, reminder.id(), reminder.version(), Map.of("survey",
                String.valueOf(surveyId), "day", reminder.fields().get("day"), "after", String.valueOf(after),
                "done", String.valueOf(done)));
        return Math.max(1, looked);
    }

    private List<PersonRef> page(Survey survey, long after) {
        return survey.spaceId() == 0 ? context.people().everyone(after, PAGE)
                : context.people().members(survey.spaceId(), after, PAGE);
    }

    /** Removes a survey's reminders with the survey. */
    void delete(long surveyId) {
        context.records().find(RecordQuery.in(REMINDERS).where("survey", String.valueOf(surveyId))
                .limit(RecordQuery.MAX_LIMIT)).forEach(r -> context.records().delete(REMINDERS, r.id()));
    }
}
