package org.agora.surveys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.StaleRecordException;
import org.pf4j.Extension;

/**
 * Closes the surveys whose closing time has come, every 20 seconds, and tells each author that their results are ready
 * (and the {@link TallyKeeper} to count the final tally once more from the answers); then sends the next part of the reminders under way ({@link Reminders}).
 * (A survey already refuses answers at its closing time by itself; this makes its closing visible in lists and
 * notifications.)
 */
@Extension
public class SurveyDeadlines implements PeriodicTask {

    private final Clock clock;

    /** The task as the host runs it, on the system clock. */
    public SurveyDeadlines() {
        this(Clock.systemUTC());
    }

    /** The task on another clock, for tests. */
    public SurveyDeadlines(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(20);
    }

    @Override
    public void run(PluginContext context) {
        Instant now = clock.instant();
        SurveyStore store = new SurveyStore(context.records());
        for (Survey survey : store.closingFirst(100)) {
            if (survey.closesAt().isAfter(now) || Thread.currentThread().isInterrupted()) {
                break;
            }
            try {
                store.save(survey.withStatus(Survey.CLOSED));
                new Tallies(context.records()).requestFinalRecount(survey);
            } catch (StaleRecordException changedMeanwhile) {
                continue; // the next run sees it again
            }
            context.notify(PluginNotification.message(survey.authorId(), "notify.closed",
                    SurveyRequest.pathOf(survey, "/results"), survey.title()));
        }
        new Reminders(context).send(now);
    }
}
