package org.agora.wiki;

import java.time.Clock;
import java.util.Locale;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.events.ContentRemoved;
import org.agora.plugins.api.events.HostEvent;
import org.agora.plugins.api.events.HostEventListener;
import org.pf4j.Extension;

/**
 * Hears that the host removed one of the wiki's items (a moderator deleted it, or its space went): a removed page
 * takes its payload with it (revisions, links, edit cards; its children move up), a removed edit card is forgotten.
 */
@Extension
public class WikiEvents implements HostEventListener {

    @Override
    public void on(HostEvent event, PluginContext context) {
        if (!(event instanceof ContentRemoved removed)) {
            return;
        }
        WikiFeed feed = new WikiFeed(context, Clock.systemUTC());
        if (WikiContent.UPDATE.equals(removed.type())) {
            feed.cardRemoved(removed.contentId());
            return;
        }
        for (StoredRecord r : context.records().findBy(WikiPage.COLLECTION, "content",
                String.valueOf(removed.contentId()))) {
            WikiPage.of(r).ifPresent(page -> {
                WikiStore store = new WikiStore(context.records(), page.spaceId());
                new WikiEditor(store, feed, context.records(), Clock.systemUTC(), null,
                        context.messages(Locale.ENGLISH), p -> "/").delete(page);
            });
        }
    }
}
