package org.agora.plugins.api.content;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Declares the kinds of content a plugin publishes. The host reads it when the plugin starts and refuses to
 * publish an item of a type no extension declared.
 *
 * <pre>{@code
 * @Extension
 * public class WikiContent implements ContentTypeProvider {
 *     public List<ContentType> contentTypes() {
 *         return List.of(new ContentType("page", "content.page", true));
 *     }
 * }
 * }</pre>
 *
 * @since 1.1.0
 */
public interface ContentTypeProvider extends ExtensionPoint {

    /** @return the plugin's content types */
    List<ContentType> contentTypes();
}
