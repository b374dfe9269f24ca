package org.agora.plugins.testkit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.agora.plugins.api.Jobs;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.PluginSettings;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.SearchHit;

/** The context {@link TestHost} gives a plugin on each call: the host's stand-ins, as they are at the call. */
final class TestPluginContext implements PluginContext {

    private final TestHost host;

    TestPluginContext(TestHost host) {
        this.host = host;
    }

    @Override
    public String pluginId() {
        return host.pluginId();
    }

    @Override
    public String pluginVersion() {
        return host.pluginVersion();
    }

    @Override
    public Clock clock() {
        return host.clock();
    }

    @Override
    public TestPeople people() {
        return host.people();
    }

    @Override
    public Jobs jobs() {
        return host.backgroundJobs();
    }

    @Override
    public InMemoryRecordStore records() {
        return host.records();
    }

    @Override
    public String renderMarkdown(String markdown) {
        return "<p>" + escape(markdown) + "</p>";
    }

    @Override
    public PluginSettings settings() {
        return host.declaredSettings().companyWide();
    }

    @Override
    public Messages messages(Locale locale) {
        return host.messages(locale);
    }

    @Override
    public boolean permitted(Viewer viewer, String permission) {
        return host.declaredPermissions().permitted(viewer, permission);
    }

    @Override
    public boolean permitted(Viewer viewer, SpaceRef space, String permission) {
        return host.declaredPermissions().permitted(viewer, space, permission);
    }

    @Override
    public PluginSettings settings(SpaceRef space) {
        return host.declaredSettings().in(space);
    }

    @Override
    public InMemoryContentItems content() {
        return host.content();
    }

    @Override
    public List<SearchHit> search(Viewer viewer, String query, int limit) {
        return host.search(viewer, query, limit);
    }

    @Override
    public void notify(PluginNotification notification) {
        host.notified(notification);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
