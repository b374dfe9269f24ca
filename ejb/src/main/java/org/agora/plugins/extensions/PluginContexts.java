package org.agora.plugins.extensions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.agora.content.RichText;
import org.agora.database.Retries;
import org.agora.notify.Notifier;
import org.agora.plugins.runtime.PluginJobs;
import org.agora.plugins.runtime.PluginMessages;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.api.Jobs;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.People;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.PluginSettings;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentItems;
import org.agora.plugins.api.content.SearchHit;
import org.agora.plugins.content.PluginContentService;
import org.agora.plugins.content.ScopedContentItems;
import org.agora.plugins.settings.PluginSettingsService;
import org.agora.plugins.storage.PluginRecordService;
import org.agora.plugins.storage.ScopedRecordStore;
import org.agora.people.PersonNames;
import org.agora.search.SearchService;

/** Makes the {@link PluginContext} a plugin gets on each call, bound to Agora's services and scoped to the plugin. */
@ApplicationScoped
public class PluginContexts {

    @EJB
    PluginRecordService records;

    @EJB
    PluginSettingsService settings;

    @EJB
    Notifier notifications;

    @EJB
    PluginContentService content;

    @Inject
    SearchService search;

    @Inject
    PluginPermissions permissions;

    @Inject
    PluginRuntime host;

    @EJB
    PluginPeople people;

    @Inject
    PluginJobs jobs;

    @Inject
    PersonNames names;

    @Inject
    Retries retries;

    /** @return the context of one plugin */
    public PluginContext forPlugin(String pluginId) {
        RecordStore store = new ScopedRecordStore(pluginId, records, retries);
        ContentItems items = new ScopedContentItems(pluginId, content, retries);
        return new PluginContext() {
            @Override
            public String pluginId() {
                return pluginId;
            }

            @Override
            public String pluginVersion() {
                return host.version(pluginId).orElse("0.0.0");
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public People people() {
                return people;
            }

            @Override
            public RecordStore records() {
                return store;
            }

            @Override
            public Jobs jobs() {
                return jobs.forPlugin(pluginId);
            }

            @Override
            public String renderMarkdown(String markdown) {
                return RichText.toHtml(markdown);
            }

            @Override
            public PluginSettings settings() {
                return key -> settings.value(pluginId, key);
            }

            @Override
            public Messages messages(Locale locale) {
                return host.classLoader(pluginId).map(loader -> PluginMessages.of(loader, locale))
                        .orElseGet(() -> PluginMessages.of(ClassLoader.getPlatformClassLoader(), locale));
            }

            @Override
            public boolean permitted(Viewer viewer, String permission) {
                return permissions.permitted(pluginId, viewer, permission);
            }

            @Override
            public boolean permitted(Viewer viewer, SpaceRef space, String permission) {
                return permissions.permitted(pluginId, viewer, space, permission);
            }

            @Override
            public PluginSettings settings(SpaceRef space) {
                return key -> settings.value(pluginId, space.id(), key);
            }

            @Override
            public ContentItems content() {
                return items;
            }

            @Override
            public List<SearchHit> search(Viewer viewer, String query, int limit) {
                String q = query == null ? "" : query.strip();
                if (q.isEmpty()) {
                    return List.of();
                }
                // the host's search filters by what the viewer may read, as on the search page
                return search.search(q.substring(0, Math.min(q.length(), 200)), viewer.id()).hits().stream()
                        .limit(Math.clamp(limit, 1, 50))
                        .map(h -> new SearchHit(h.type(), h.title(), h.snippetHtml(), h.link(), h.spaceName(),
                                h.createdAt(), author(h.type(), h.authorId())))
                        .toList();
            }

            @Override
            public void notify(PluginNotification notification) {
                String link = "/m/" + pluginId + notification.path();
                if (notification.isMessage()) {
                    notifications.fromPlugin(pluginId, notification.recipientId(), notification.messageKey(),
                            notification.arguments(), link, notification.confidential());
                } else {
                    notifications.fromPlugin(pluginId, notification.recipientId(), notification.text(), link,
                            notification.confidential());
                }
            }
        };
    }

    // a plugin learns who wrote what it found, never who is behind the anonymous author
    private Long author(String type, Long authorId) {
        boolean written = !type.equals("person") && !type.equals("space");
        return written && names.shown(authorId) == PersonNames.Shown.NAME ? authorId : null;
    }
}
