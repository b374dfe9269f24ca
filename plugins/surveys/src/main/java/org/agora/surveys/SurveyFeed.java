package org.agora.surveys;

import java.util.Optional;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentRefusedException;

/**
 * Publishes a survey or poll as a content item of its space (or of the company), so that it is a card in the feed,
 * found by search, commented and reacted on, with its space's visibility. The card of a poll lists its options.
 */
final class SurveyFeed {

    private SurveyFeed() {
    }

    /**
     * Publishes a draft with its empty roll and tally; if either the item or the survey cannot be saved, nothing remains.
     *
     * @return why it was refused, if it was
     */
    static Optional<String> publish(PluginContext context, Survey survey, Viewer author, Messages messages,
                                    String query, SurveyStore store) {
        Roll roll = new Roll(context.records(), survey.id());
        roll.open();
        ContentItem item;
        try {
            item = context.content().publish(new ContentDraft(survey.poll() ? SurveyContent.POLL
                    : SurveyContent.SURVEY, author.id(), survey.spaceId() == 0 ? null : survey.spaceId(),
                    survey.title(), text(survey, messages), "/s/" + survey.id() + query));
        } catch (ContentRefusedException refused) {
            roll.delete();
            return Optional.of(messages.get("survey.error.refused", refused.getMessage()));
        }
        Survey published;
        try {
            published = store.save(survey.published(item.id()));
        } catch (StaleRecordException changed) {
            context.content().delete(item.id());
            roll.delete();
            return Optional.of(messages.get("survey.error.stale"));
        }
        new Tallies(context.records()).open(published);
        return Optional.empty();
    }

    /** Brings a published survey's card up to date; a card the editor may not change keeps its former text. */
    static void update(PluginContext context, Survey survey, Viewer editor, Messages messages, String query) {
        try {
            context.content().update(survey.contentId(), new ContentDraft(survey.poll() ? SurveyContent.POLL
                    : SurveyContent.SURVEY, editor.id(), survey.spaceId() == 0 ? null : survey.spaceId(),
                    survey.title(), text(survey, messages), "/s/" + survey.id() + query));
        } catch (ContentRefusedException refused) {
            // the survey itself is saved; its card shows the text it was published with
        }
    }

    /** The card's text: the description, then a poll's options or a survey's number of questions. */
    static String text(Survey survey, Messages messages) {
        StringBuilder text = new StringBuilder(survey.description());
        if (survey.poll()) {
            text.append(text.isEmpty() ? "" : "\n\n");
            survey.question(0).options().forEach(o -> text.append("- ").append(escape(o)).append('\n'));
        } else {
            text.append(text.isEmpty() ? "" : "\n\n")
                    .append(messages.get("survey.card.questions", survey.questions().size()));
        }
        text.append("\n\n").append(messages.get(survey.anonymous() ? "survey.card.anonymous"
                : "survey.card.named"));
        return text.toString();
    }

    /** Keeps an option's words from being read as Markdown, mentions or hashtags on the card. */
    private static String escape(String option) {
        return option.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!|<>@])", "\\\\$1");
    }
}
