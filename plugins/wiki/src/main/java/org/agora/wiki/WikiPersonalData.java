package org.agora.wiki;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StoredRecord;
import org.pf4j.Extension;

/**
 * The wiki's part of the GDPR. A person's revisions (title, time, comment and text) are part of their export.
 * Pages and revisions are shared work, so erasing a person keeps them and removes the person's name and id from
 * them; the wiki then shows those revisions as by a former employee, in the reader's language. The records carry
 * no owner on purpose: the host deletes a person's owned records, and the pages must stay.
 */
@Extension
public class WikiPersonalData implements PersonalDataHandler {

    @Override
    public Object exportData(long personId, PluginContext context) {
        List<StoredRecord> revisions = written(context, Revision.COLLECTION, personId);
        List<StoredRecord> pages = written(context, WikiPage.COLLECTION, personId);
        if (revisions.isEmpty() && pages.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (StoredRecord r : revisions) {
            Revision.of(r).ifPresent(rev -> items.add(Map.of("title", rev.title(), "revision", rev.number(),
                    "at", rev.at(), "comment", rev.comment(), "text", rev.markdown())));
        }
        List<String> created = pages.stream().map(p -> p.field("title").orElse("")).toList();
        return Map.of("pagesCreated", created, "revisions", items);
    }

    @Override
    public void erase(long personId, PluginContext context) {
        for (String collection : List.of(WikiPage.COLLECTION, Revision.COLLECTION, WikiFeed.CARDS)) {
            for (List<StoredRecord> batch = written(context, collection, personId); !batch.isEmpty();
                 batch = written(context, collection, personId)) {
                for (StoredRecord r : batch) {
                    Map<String, String> fields = new HashMap<>(r.fields());
                    fields.remove("authorId");
                    if (fields.containsKey("author")) {
                        fields.put("author", "");
                    }
                    context.records().update(collection, r.id(), r.version(), fields);
                }
            }
        }
    }

    private static List<StoredRecord> written(PluginContext context, String collection, long personId) {
        return context.records().find(RecordQuery.in(collection).where("authorId", String.valueOf(personId))
                .limit(RecordQuery.MAX_LIMIT));
    }
}
