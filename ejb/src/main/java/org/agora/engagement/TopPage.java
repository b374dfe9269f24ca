package org.agora.engagement;

import java.util.List;
import org.agora.feed.PostView;

/**
 * A page of the home feed in the order "top".
 *
 * @param posts highest score first
 * @param next  the cursor of the next page, or null at the end
 */
public record TopPage(List<PostView> posts, TopCursor next) {

    public TopPage {
        posts = List.copyOf(posts);
    }
}
