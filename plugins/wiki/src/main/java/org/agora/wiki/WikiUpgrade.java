package org.agora.wiki;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.UpgradeHook;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentRefusedException;
import org.pf4j.Extension;

/**
 * Brings pages written by wiki versions without history up to date, once, when a newer version first starts: each
 * gets the key links find it by, a first revision and, where its author may still write there, its content item,
 * so that old pages are linked, compared and searched like new ones.
 */
@Extension
public class WikiUpgrade implements UpgradeHook {

    @Override
    public void upgrade(String previousVersion, PluginContext context) {
        for (StoredRecord r : oldPages(context)) {
            WikiPage page = WikiPage.of(r).orElse(null);
            if (page == null) {
                continue;
            }
            new WikiStore(context.records(), page.spaceId()).addRevision(new Revision(page.id(), 1, page.title(),
                    page.markdown(), "", page.author(), page.authorId(), r.createdAt()));
            long content = 0;
            if (page.authorId() > 0) {
                try {
                    content = context.content().publish(new ContentDraft(WikiContent.PAGE, page.authorId(),
                            page.spaceId() == 0 ? null : page.spaceId(), page.title(),
                            page.markdown().isBlank() ? page.title() : WikiLinks.plain(page.markdown()),
                            "/page/" + page.slug() + (page.spaceId() == 0 ? "" : "?space=" + page.spaceId()))).id();
                } catch (ContentRefusedException gone) {
                    // the author left the space: the page stays readable in the wiki, and its next save publishes it
                }
            }
            Map<String, String> fields = new HashMap<>(r.fields());
            fields.putAll(page.withContent(content).fields());
            context.records().update(WikiPage.COLLECTION, r.id(), r.version(), fields);
        }
    }

    /** @return every page without the fields of this version, read before any is changed */
    private static List<StoredRecord> oldPages(PluginContext context) {
        List<StoredRecord> old = new ArrayList<>();
        for (int offset = 0; ; offset += RecordQuery.MAX_LIMIT) {
            List<StoredRecord> batch = context.records().list(WikiPage.COLLECTION, offset, RecordQuery.MAX_LIMIT);
            batch.stream().filter(r -> r.field("key").isEmpty()).forEach(old::add);
            if (batch.size() < RecordQuery.MAX_LIMIT) {
                return old;
            }
        }
    }
}
