package org.agora.ideas;

import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.events.ContentRemoved;
import org.agora.plugins.api.events.HostEvent;
import org.agora.plugins.api.events.HostEventListener;
import org.pf4j.Extension;

/**
 * When an idea's item is deleted through Agora (by its author or a moderator), its votes, answers and author link go
 * with the item (the host deletes records about it); this drops the idea's payload too.
 */
@Extension
public class IdeaEvents implements HostEventListener {

    @Override
    public void on(HostEvent event, PluginContext context) {
        if (event instanceof ContentRemoved removed) {
            IdeaStore ideas = new IdeaStore(context.records());
            ideas.byContent(removed.contentId()).ifPresent(ideas::delete);
        }
    }
}
