package org.agora.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StoredRecord;
import org.pf4j.Extension;

/**
 * A person's part of the surveys. The export lists their named responses with each question and answer written out,
 * and the surveys they took part in anonymously, without answers: an anonymous answer cannot be found from its
 * person, so it is not theirs to export. Erasure deletes their named responses and counts them out of the tallies,
 * takes them off every roll and removes their name from the surveys they wrote.
 */
@Extension
public class SurveyPersonalData implements PersonalDataHandler {

    @Override
    public String export(long personId, PluginContext context) {
        Messages messages = context.messages(Locale.ENGLISH);
        SurveyStore store = new SurveyStore(context.records());
        List<String> named = new ArrayList<>();
        for (StoredRecord response : SurveyStore.all(context.records(),
                RecordQuery.in(Ballots.BALLOTS).ownedBy(personId))) {
            store.get(Long.parseLong(response.fields().get("survey"))).ifPresent(survey -> {
                List<String> answers = Ballots.answers(response, survey.questions().size());
                List<String> items = new ArrayList<>();
                for (int n = 0; n < answers.size(); n++) {
                    items.add("{\"question\": " + Json.quote(survey.question(n).text()) + ", \"answer\": "
                            + Json.quote(CsvExport.written(survey.question(n), answers.get(n), messages)) + "}");
                }
                named.add("{\"survey\": " + Json.quote(survey.title()) + ", \"answers\": [" + String.join(", ", items)
                        + "]}");
            });
        }
        List<String> anonymous = new ArrayList<>();
        for (StoredRecord roll : rollsOf(personId, context)) {
            store.get(Long.parseLong(roll.fields().get("survey"))).filter(Survey::anonymous)
                    .ifPresent(survey -> anonymous.add(Json.quote(survey.title())));
        }
        if (named.isEmpty() && anonymous.isEmpty()) {
            return null;
        }
        return "{\"namedResponses\": [" + String.join(", ", named) + "], \"answeredAnonymously\": ["
                + String.join(", ", anonymous) + "]}";
    }

    @Override
    public void erase(long personId, PluginContext context) {
        eraseNamedResponses(personId, context);
        for (StoredRecord roll : rollsOf(personId, context)) {
            new Roll(context.records(), Long.parseLong(roll.fields().get("survey"))).release(personId);
        }
        SurveyStore store = new SurveyStore(context.records());
        for (StoredRecord record : SurveyStore.all(context.records(),
                RecordQuery.in(SurveyStore.SURVEYS).where("author", String.valueOf(personId)))) {
            Survey survey = Survey.from(record);
            store.save(new Survey(survey.id(), survey.version(), survey.poll(), survey.title(),
                    survey.description(), survey.spaceId(), 0, "", survey.status(), survey.anonymous(),
                    survey.editable(), survey.live(), survey.opensAt(), survey.closesAt(), survey.contentId(),
                    survey.questions()));
        }
    }

    /**
     * Deletes the person's named responses and counts them out of their surveys' tallies, before the host would
     * delete them unseen; a response is counted out only if this erasure deleted it, so that a repeated one does not
     * count it out twice.
     */
    private static void eraseNamedResponses(long personId, PluginContext context) {
        SurveyStore store = new SurveyStore(context.records());
        Tallies tallies = new Tallies(context.records());
        for (StoredRecord response : SurveyStore.all(context.records(),
                RecordQuery.in(Ballots.BALLOTS).ownedBy(personId))) {
            Optional<Survey> survey = store.get(Long.parseLong(response.fields().get("survey")));
            if (context.records().delete(Ballots.BALLOTS, response.id()) && survey.isPresent()) {
                tallies.count(survey.get(), Ballots.answers(response, survey.get().questions().size()), List.of());
            }
        }
    }

    private static List<StoredRecord> rollsOf(long personId, PluginContext context) {
        return SurveyStore.all(context.records(), RecordQuery.in(Roll.ROLLS)).stream()
                .filter(r -> r.fields().getOrDefault("people", "").contains("," + personId + ",")).toList();
    }
}
