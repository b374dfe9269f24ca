package org.agora.surveys;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.pf4j.Extension;

/**
 * Counts tallies again from the stored answers where that is needed ({@link Tallies}): on its first run after the
 * plugin starts, for every published or closed survey without a tally (those answered before tallies were kept);
 * then, every minute, for the surveys whose tally a page found out of step (if it still is) and for the surveys that
 * closed (to heal what a failed step left that the number of responses does not show).
 */
@Extension
public class TallyKeeper implements PeriodicTask {

    private volatile boolean scanned;

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public Duration timeLimit() {
        return Duration.ofMinutes(2);
    }

    @Override
    public void run(PluginContext context) {
        RecordStore records = context.records();
        Tallies tallies = new Tallies(records);
        if (!scanned) {
            for (String status : List.of(Survey.PUBLISHED, Survey.CLOSED)) {
                for (var record : SurveyStore.all(records, RecordQuery.in(SurveyStore.SURVEYS)
                        .where("status", status))) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    Survey survey = Survey.from(record);
                    if (tallies.record(survey).isEmpty()) {
                        tallies.rebuild(survey);
                    }
                }
            }
            scanned = true;
        }
        SurveyStore store = new SurveyStore(records);
        for (Map.Entry<Long, Boolean> request : tallies.recountsRequested().entrySet()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            long id = request.getKey();
            Optional<Survey> survey = store.get(id);
            if (survey.isEmpty()) {
                tallies.dropRecount(id);
            } else if (request.getValue()) {
                tallies.rebuild(survey.get());
            } else {
                // in step again (a response was being stored as the page read it): nothing to count
                tallies.outOfStep(survey.get()).ifPresent(out -> {
                    if (out) {
                        tallies.rebuild(survey.get());
                    } else {
                        tallies.dropRecount(id);
                    }
                });
            }
        }
    }
}
