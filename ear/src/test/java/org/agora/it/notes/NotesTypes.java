package org.agora.it.notes;

import java.util.List;
import org.agora.plugins.api.content.ContentType;
import org.agora.plugins.api.content.ContentTypeProvider;
import org.pf4j.Extension;

/** Notes are searchable; pings show in feeds only. */
@Extension
public class NotesTypes implements ContentTypeProvider {

    @Override
    public List<ContentType> contentTypes() {
        return List.of(new ContentType("note", "notes.type.note", true), new ContentType("ping", "notes.type.ping",
                false));
    }
}
