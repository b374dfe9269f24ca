package org.agora.it.thanks;

import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.content.ContentType;
import org.agora.plugins.api.content.ContentTypeProvider;
import org.pf4j.Extension;

/** A thanks is a searchable content item; a person's export lists the thanks they gave, as data. */
@Extension
public class ThanksDeclarations implements ContentTypeProvider, PersonalDataHandler {

    @Override
    public List<ContentType> contentTypes() {
        return List.of(new ContentType("thanks", "Thanks", true));
    }

    @Override
    public Object exportData(long personId, PluginContext context) {
        long given = context.records().count(RecordQuery.in("thanks").ownedBy(personId));
        return given == 0 ? null : Map.of("thanksGiven", given, "note", "said \"thanks\" </script>");
    }

    @Override
    public void erase(long personId, PluginContext context) {
        // the host deletes the owned records
    }
}
