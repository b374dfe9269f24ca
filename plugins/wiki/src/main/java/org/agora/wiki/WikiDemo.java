package org.agora.wiki;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.DemoContent;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.pf4j.Extension;

/**
 * The demo company's wikis: a company wiki that welcomes newcomers and an Engineering wiki with its handbook, linked
 * pages in English and French written by the people who would write them.
 */
@Extension
public class WikiDemo implements DemoContent {

    @Override
    public void seed(DemoCompany company, PluginContext context) {
        write(company, context, null, WikiDemoPages.company());
        write(company, context, company.space("engineering"), WikiDemoPages.engineering());
    }

    /** Writes a wiki's pages in order; the first one is its home page. */
    private static void write(DemoCompany company, PluginContext context, SpaceRef space, Map<String, String[]> pages) {
        WikiStore store = new WikiStore(context.records(), space == null ? 0 : space.id());
        WikiFeed feed = new WikiFeed(context, Clock.systemUTC());
        String query = space == null ? "" : "?space=" + space.id();
        WikiPage home = null;
        for (Map.Entry<String, String[]> page : pages.entrySet()) {
            Viewer author = company.person(page.getValue()[0]);
            WikiEditor editor = new WikiEditor(store, feed, context.records(), Clock.systemUTC(), author,
                    context.messages(Locale.ENGLISH), p -> "/page/" + p.slug() + query);
            if (editor.create(page.getKey(), page.getValue()[1], "", 0) instanceof WikiEditor.Saved saved
                    && home == null) {
                home = saved.page();
                store.setHome(home);
            }
        }
    }
}
