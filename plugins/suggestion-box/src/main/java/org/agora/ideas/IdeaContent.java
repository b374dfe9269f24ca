package org.agora.ideas;

import java.util.List;
import org.agora.plugins.api.content.ContentType;
import org.agora.plugins.api.content.ContentTypeProvider;
import org.pf4j.Extension;

/** Ideas are content items (a card in their box's feed, found by search); campaigns' summaries are cards only. */
@Extension
public class IdeaContent implements ContentTypeProvider {

    static final String IDEA = "idea";
    static final String SUMMARY = "summary";

    @Override
    public List<ContentType> contentTypes() {
        return List.of(new ContentType(IDEA, "content.idea", true),
                new ContentType(SUMMARY, "content.summary", false));
    }
}
