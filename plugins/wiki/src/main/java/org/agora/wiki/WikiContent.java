package org.agora.wiki;

import java.util.List;
import org.agora.plugins.api.content.ContentType;
import org.agora.plugins.api.content.ContentTypeProvider;
import org.pf4j.Extension;

/**
 * The wiki's content types: a page, found by search, and the card that tells a space a page was edited, which is
 * not searched (the page itself is).
 */
@Extension
public class WikiContent implements ContentTypeProvider {

    static final String PAGE = "page";
    static final String UPDATE = "update";

    @Override
    public List<ContentType> contentTypes() {
        return List.of(new ContentType(PAGE, "content.page", true), new ContentType(UPDATE, "content.update", false));
    }
}
