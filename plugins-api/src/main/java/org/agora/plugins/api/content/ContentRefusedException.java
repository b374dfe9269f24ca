package org.agora.plugins.api.content;

/**
 * The host refused to publish, change or attach to a content item: the type is not declared, the author may not
 * write in the space, the item is not the plugin's, or a file is too big. The message says why, in English; a page
 * handler may show it or answer {@link org.agora.plugins.api.PageResult.BadRequest}.
 *
 * @since 1.1.0
 */
public class ContentRefusedException extends RuntimeException {

    public ContentRefusedException(String message) {
        super(message);
    }
}
