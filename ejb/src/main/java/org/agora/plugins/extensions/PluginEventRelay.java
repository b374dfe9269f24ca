package org.agora.plugins.extensions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.api.events.ContentRemoved;
import org.agora.plugins.api.events.HostEvent;
import org.agora.plugins.api.events.HostEventListener;
import org.agora.plugins.api.events.MemberJoined;
import org.agora.plugins.api.events.PostPublished;

/**
 * Tells plugins what happened in Agora, after the change committed: the host's own CDI events become
 * plugins-api events, delivered to each {@link HostEventListener} on a managed thread with a time limit.
 */
@ApplicationScoped
public class PluginEventRelay {

    static final Duration LIMIT = Duration.ofSeconds(30);

    @Inject
    PluginRuntime host;

    @Inject
    PluginContexts contexts;

    @Inject
    PluginRunner runner;

    @EJB
    HostFacts facts;

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) org.agora.feed.PostPublished post) {
        // ids only: the text of a post in a private space must not reach plugins that cannot check a reader
        facts.newPostAuthor(post.postId()).ifPresent(author ->
                deliver(new PostPublished(post.postId(), post.spaceId(), author, post.createdAt())));
    }

    void onJoined(@Observes(during = TransactionPhase.AFTER_SUCCESS) org.agora.spaces.MemberJoined joined) {
        deliver(new MemberJoined(joined.spaceId(), joined.personId(), joined.at()));
    }

    void onItemRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) org.agora.feed.ItemRemoved removed) {
        // only the plugin whose item it was hears of it
        ContentRemoved event = new ContentRemoved(removed.postId(), removed.type(), java.time.Instant.now());
        for (PluginExtension<HostEventListener> listener : host.extensions(removed.pluginId(),
                HostEventListener.class)) {
            runner.start(listener, "ContentRemoved listener", LIMIT,
                    () -> listener.extension().on(event, contexts.forPlugin(listener.pluginId())), null);
        }
    }

    /** Delivers an event to the listeners of every running plugin. */
    public void deliver(HostEvent event) {
        for (PluginExtension<HostEventListener> listener : host.extensions(HostEventListener.class)) {
            runner.start(listener, event.getClass().getSimpleName() + " listener", LIMIT,
                    () -> listener.extension().on(event, contexts.forPlugin(listener.pluginId())), null);
        }
    }
}
