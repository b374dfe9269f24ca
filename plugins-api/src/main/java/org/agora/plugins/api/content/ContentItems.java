package org.agora.plugins.api.content;

import java.util.List;
import java.util.Optional;
import org.agora.plugins.api.UploadedFile;
import org.agora.plugins.api.Viewer;

/**
 * The plugin's content items, kept by the host ({@link org.agora.plugins.api.PluginContext#content()}).
 *
 * <pre>{@code
 * ContentItem item = context.content().publish(
 *         new ContentDraft("idea", viewer.id(), space.id(), "Bike sheds", "Asked by @ada #office", "/idea/{id}"));
 * context.records().create("ideas", Map.of("title", "Bike sheds"), viewer.id(), item.id());
 * }</pre>
 *
 * <p>The path of an item published with {@code {id}} in it holds the item's id, so the item and the records about
 * it ({@link org.agora.plugins.api.RecordStore#create(String, java.util.Map, Long, Long)}) know each other without
 * a second update.
 *
 * <p>Every method works only on the calling plugin's own items: another plugin's item is "not found".
 *
 * @since 1.1.0
 */
public interface ContentItems {

    /**
     * Publishes an item: it appears in its space's feed (or the company feed), its mentions are notified and, for a
     * searchable type, it is indexed.
     *
     * @param draft the item
     * @return the stored item
     * @throws ContentRefusedException if the type is not declared or the author may not write there
     */
    ContentItem publish(ContentDraft draft);

    /**
     * Replaces an item's title, text and path; the card shows the new text and people mentioned for the first time
     * are notified. The item keeps its author, space, comments and reactions.
     *
     * @param id    the item
     * @param draft the new content; {@code authorId} is the person editing, {@code type} and {@code spaceId} must
     *              stay the same
     * @return the stored item
     * @throws ContentRefusedException if the item is not the plugin's or the editor may not write in its space
     */
    ContentItem update(long id, ContentDraft draft);

    /**
     * Publishes an item with no visible author, such as an anonymous idea: the host checks that
     * {@code draft.authorId()} may write where the item goes, exactly as {@link #publish} does, then forgets who it
     * was. The item's author is the host's anonymous author on every channel (its card, its page, search results
     * and their author facet, notifications of its mentions, profiles, exports); the person is never stored with
     * the item nor written to a log. A plugin that must reach the author later (to tell them of an answer) keeps
     * that link itself, and keeps it out of every page and export that others see.
     *
     * @param draft the item; {@code authorId} is the person publishing, used for the permission check only
     * @return the stored item, {@link ContentItem#anonymous()} true
     * @throws ContentRefusedException if the type is not declared or the person may not write there
     * @since 1.3.0
     */
    ContentItem publishAnonymously(ContentDraft draft);

    /**
     * Replaces an item's title, text and path like {@link #update}, but without recording who edited it: for the
     * author of an anonymous item changing it. The host checks that {@code draft.authorId()} may write in the
     * item's space and keeps the former text as a revision by the anonymous author.
     *
     * @param id    the item
     * @param draft the new content; {@code authorId} is the person editing, used for the permission check only
     * @return the stored item
     * @throws ContentRefusedException if the item is not the plugin's or the person may not write in its space
     * @since 1.3.0
     */
    ContentItem updateAnonymously(long id, ContentDraft draft);

    /**
     * Deletes an item with its comments, reactions and files. Deleting an item that is already gone does nothing.
     *
     * @param id the item
     */
    void delete(long id);

    /**
     * @param id     the item
     * @param viewer the person reading
     * @return the item, if it exists, is the plugin's and the viewer may read it
     */
    Optional<ContentItem> find(long id, Viewer viewer);

    /**
     * Attaches a file to an item.
     *
     * @param id   the item
     * @param file the file, within the host's size limit
     * @param by   the person attaching it, who must be allowed to write where the item is
     * @return the stored file
     * @throws ContentRefusedException if the file is empty or too big, or the person may not write there
     */
    ContentFile attach(long id, UploadedFile file, Viewer by);

    /**
     * Lists an item's files without asking who reads them: show the list only to a viewer for whom
     * {@link #find(long, Viewer)} found the item. (Each download checks the reader's rights again.)
     *
     * @param id the item
     * @return the files attached to it, oldest first
     */
    List<ContentFile> files(long id);

    /**
     * Removes a file from an item.
     *
     * @param id     the item
     * @param fileId the file
     * @param by     the person removing it, who must be allowed to write where the item is
     * @throws ContentRefusedException if the person may not write there
     */
    void detach(long id, long fileId, Viewer by);
}
