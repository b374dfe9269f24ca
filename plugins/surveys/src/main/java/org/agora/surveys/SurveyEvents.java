package org.agora.surveys;

import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.events.ContentRemoved;
import org.agora.plugins.api.events.HostEvent;
import org.agora.plugins.api.events.HostEventListener;
import org.pf4j.Extension;

/**
 * When a survey's content item is deleted through Agora (by its author or a moderator), the survey goes with it; its
 * responses were tied to the item and are deleted by the host.
 */
@Extension
public class SurveyEvents implements HostEventListener {

    @Override
    public void on(HostEvent event, PluginContext context) {
        if (event instanceof ContentRemoved removed) {
            SurveyStore store = new SurveyStore(context.records());
            store.byContent(removed.contentId()).ifPresent(survey -> {
                new Roll(context.records(), survey.id()).delete();
                new Reminders(context).delete(survey.id());
                context.records().findBy(BallotMixer.MIXES, "survey", String.valueOf(survey.id()))
                        .forEach(mix -> context.records().delete(BallotMixer.MIXES, mix.id()));
                store.delete(survey.id());
            });
        }
    }
}
