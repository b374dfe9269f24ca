package org.agora.wiki;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StoredRecord;
import org.pf4j.Extension;

/**
 * The wiki's part of the GDPR. Pages are shared work, so erasing a person keeps their pages and replaces their
 * name with "a former colleague"; the export lists the pages they wrote.
 */
@Extension
public class WikiPersonalData implements PersonalDataHandler {

    @Override
    public String export(long personId, PluginContext context) {
        List<StoredRecord> pages = written(personId, context);
        if (pages.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("{\"pagesWritten\":[");
        for (int i = 0; i < pages.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(pages.get(i).field("title").orElse("")));
        }
        return json.append("]}").toString();
    }

    @Override
    public void erase(long personId, PluginContext context) {
        String anonymous = context.messages(Locale.ENGLISH).get("wiki.formerColleague");
        for (StoredRecord page : written(personId, context)) {
            Map<String, String> fields = new java.util.HashMap<>(page.fields());
            fields.put("author", anonymous);
            fields.remove("authorId");
            context.records().update(WikiPage.COLLECTION, page.id(), page.version(), fields);
        }
    }

    private static List<StoredRecord> written(long personId, PluginContext context) {
        return context.records().find(RecordQuery.in(WikiPage.COLLECTION)
                .where("authorId", String.valueOf(personId)).limit(RecordQuery.MAX_LIMIT));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
