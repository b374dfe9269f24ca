package org.agora.ideas;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentRefusedException;
import org.pf4j.Extension;

/**
 * Closes the campaigns whose deadline came, every minute, and posts a summary card in their box: how many ideas
 * answered the question and the most voted ones, in the language of the manager who asked.
 */
@Extension
public class CampaignDeadlines implements PeriodicTask {

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run(PluginContext context) {
        Instant now = context.clock().instant();
        for (Campaign campaign : Campaigns.stillOpen(context.records(), 50)) {
            if (campaign.deadline().isAfter(now) || Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                context.records().update(Campaign.CAMPAIGNS, campaign.id(), campaign.version(),
                        campaign.close().fields());
            } catch (StaleRecordException changedMeanwhile) {
                continue;
            }
            postSummary(context, campaign);
        }
    }

    private static void postSummary(PluginContext context, Campaign campaign) {
        Messages messages = context.messages(campaign.language());
        List<Idea> ideas = IdeaStore.all(context.records(), RecordQuery.in(Idea.IDEAS)
                        .where("campaign", String.valueOf(campaign.id()))).stream().map(Idea::from)
                .sorted(Comparator.comparingInt(Idea::votes).reversed()).toList();
        String query = campaign.box() == 0 ? "" : "?space=" + campaign.box();
        StringBuilder text = new StringBuilder(messages.get("campaign.summary.count", ideas.size()));
        ideas.stream().limit(5).forEach(i -> text.append("\n- [").append(escape(i.title())).append("](/m/")
                .append(context.pluginId()).append("/i/").append(i.contentId()).append(query).append(") — ")
                .append(messages.get("campaign.summary.votes", i.votes())));
        String title = messages.get("campaign.summary.title", campaign.question());
        try {
            context.content().publish(new ContentDraft(IdeaContent.SUMMARY, campaign.askedBy(),
                    campaign.box() == 0 ? null : campaign.box(), title.length() > 200 ? title.substring(0, 200)
                    : title, text.toString(), "/" + query));
        } catch (ContentRefusedException | IllegalArgumentException refused) {
            // the asker may no longer write there: the campaign is closed all the same
        }
    }

    /** Keeps an idea's title from being read as Markdown, mentions or hashtags on the card. */
    private static String escape(String title) {
        return title.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!|<>@])", "\\\\$1");
    }
}
