package org.agora.plugins.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.StoredRecord;

/** A person's data exported and erased in the host's order, for {@link TestHost}. */
final class TestPrivacy {

    private TestPrivacy() {
    }

    /** @return {@code records} (the owned records) and {@code data} (the handler's data, or the 1.1 text) */
    static Map<String, Object> export(long personId, PersonalDataHandler handler, InMemoryRecordStore records,
                                      PluginContext context) throws Exception {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("records", owned(personId, records));
        Object data = handler.exportData(personId, context);
        export.put("data", data != null ? data : handler.export(personId, context));
        return export;
    }

    /** The plugin's handler first, then the records the person owns are deleted. */
    static void erase(long personId, PersonalDataHandler handler, InMemoryRecordStore records, PluginContext context)
            throws Exception {
        handler.erase(personId, context);
        owned(personId, records).forEach(r -> records.delete(r.collection(), r.id()));
    }

    private static List<StoredRecord> owned(long personId, InMemoryRecordStore records) {
        return records.all().stream().filter(r -> Long.valueOf(personId).equals(r.ownerId())).toList();
    }
}
