package org.agora.plugins.testkit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.LongFunction;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.plugins.api.UploadedFile;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentFile;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentItems;
import org.agora.plugins.api.content.ContentRefusedException;
import org.agora.plugins.api.content.SearchHit;

/**
 * A plugin's content items in memory, for unit tests. Like the host, it refuses undeclared types, a change of type
 * or space, and empty files, and deleting an item deletes the records about it. A viewer reads the items of the
 * spaces the test host lets them read ({@link TestHost#space}); {@link org.agora.plugins.api.RecordQuery#readableBy}
 * leaves nothing out.
 */
public final class InMemoryContentItems implements ContentItems {

    private final Map<Long, Stored> items = new HashMap<>();
    private final String pluginId;
    private final Set<String> types;
    private final InMemoryRecordStore records;
    private final AtomicLong ids = new AtomicLong();
    private final Clock clock;
    private final BiPredicate<Viewer, Long> readable;
    private final LongFunction<String> names;

    InMemoryContentItems(String pluginId, Set<String> types, InMemoryRecordStore records, Clock clock,
                         BiPredicate<Viewer, Long> readable, LongFunction<String> names) {
        this.pluginId = pluginId;
        this.types = types;
        this.records = records;
        this.clock = clock;
        this.readable = readable;
        this.names = names;
        records.contentItems(this::exists);
    }

    private synchronized boolean exists(long id) {
        return items.containsKey(id);
    }

    /** An item with its current draft and files. */
    public record Stored(ContentItem item, ContentDraft draft, List<ContentFile> files) {
    }

    /** The author id of anonymous items in the kit, standing for the host's anonymous author. */
    public static final long ANONYMOUS_AUTHOR = 0;

    /** The name of anonymous items' author in the kit (the host shows it in the reader's language). */
    public static final String ANONYMOUS_NAME = "Anonymous";

    @Override
    public synchronized ContentItem publish(ContentDraft draft) {
        return publish(draft, false);
    }

    /** Stores the item with the kit's anonymous author: the person who published it is kept nowhere. */
    @Override
    public synchronized ContentItem publishAnonymously(ContentDraft draft) {
        return publish(draft, true);
    }

    private ContentItem publish(ContentDraft draft, boolean anonymous) {
        declared(draft.type());
        long id = ids.incrementAndGet();
        ContentDraft linked = new ContentDraft(draft.type(), anonymous ? ANONYMOUS_AUTHOR : draft.authorId(),
                draft.spaceId(), draft.title(), draft.markdown(),
                draft.path().replace(ContentDraft.ID, String.valueOf(id)));
        ContentItem item = item(id, linked, clock.instant(), null, anonymous);
        items.put(id, new Stored(item, linked, new ArrayList<>()));
        return item;
    }

    @Override
    public synchronized ContentItem update(long id, ContentDraft draft) {
        return update(id, draft, false);
    }

    @Override
    public synchronized ContentItem updateAnonymously(long id, ContentDraft draft) {
        return update(id, draft, true);
    }

    private ContentItem update(long id, ContentDraft draft, boolean anonymous) {
        Stored old = stored(id);
        if (!old.draft().type().equals(draft.type()) || !java.util.Objects.equals(old.draft().spaceId(),
                draft.spaceId())) {
            throw new ContentRefusedException("an item keeps its type and space");
        }
        ContentItem item = new ContentItem(id, draft.type(), old.item().authorId(), old.item().authorName(),
                draft.spaceId(), draft.title(), draft.path(), old.item().createdAt(), clock.instant(), 0, 0,
                "/posts/" + id, old.item().anonymous());
        ContentDraft kept = anonymous ? new ContentDraft(draft.type(), ANONYMOUS_AUTHOR, draft.spaceId(),
                draft.title(), draft.markdown(), draft.path()) : draft;
        items.put(id, new Stored(item, kept, old.files()));
        return item;
    }

    @Override
    public synchronized void delete(long id) {
        if (items.remove(id) != null) {
            records.deleteAbout(id);
        }
    }

    @Override
    public synchronized Optional<ContentItem> find(long id, Viewer viewer) {
        return Optional.ofNullable(items.get(id)).map(Stored::item)
                .filter(i -> readable.test(viewer, i.spaceId()));
    }

    @Override
    public synchronized ContentFile attach(long id, UploadedFile file, Viewer by) {
        Stored s = stored(id);
        if (file.size() == 0) {
            throw new ContentRefusedException("The file " + file.fileName() + " is empty.");
        }
        long fileId = ids.incrementAndGet();
        boolean image = file.contentType().startsWith("image/");
        ContentFile stored = new ContentFile(fileId, file.fileName(), file.size(), image,
                "/posts/" + id + "/attachments/" + fileId, image ? "/posts/" + id + "/attachments/" + fileId + "/thumbnail" : null);
        s.files().add(stored);
        return stored;
    }

    @Override
    public synchronized List<ContentFile> files(long id) {
        return Optional.ofNullable(items.get(id)).map(s -> List.copyOf(s.files())).orElse(List.of());
    }

    @Override
    public synchronized void detach(long id, long fileId, Viewer by) {
        stored(id).files().removeIf(f -> f.id() == fileId);
    }

    /**
     * Finds the plugin's own items whose title or text contains every word of the query, ignoring case, and that
     * the viewer may read: a stand-in for Agora's search, which also finds the host's content.
     */
    public synchronized List<SearchHit> search(Viewer viewer, String query, int limit) {
        List<String> words = List.of(query.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        return all().stream().filter(s -> readable.test(viewer, s.draft().spaceId())).filter(s -> {
            String text = (s.draft().title() + " " + s.draft().markdown()).toLowerCase(java.util.Locale.ROOT);
            return words.stream().allMatch(text::contains);
        }).limit(limit).map(s -> new SearchHit("content", s.item().title(), escape(s.draft().markdown()),
                "/m/" + pluginId + s.item().path(), null, s.item().createdAt(),
                s.item().anonymous() ? null : s.draft().authorId())).toList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** @return every item the plugin published and did not delete, in publishing order */
    public synchronized List<Stored> all() {
        return items.values().stream().sorted(java.util.Comparator.comparingLong(s -> s.item().id())).toList();
    }

    /** @return the item's current draft: its title, text and path as the host would index and show them */
    public synchronized Optional<ContentDraft> draft(long id) {
        return Optional.ofNullable(items.get(id)).map(Stored::draft);
    }

    private Stored stored(long id) {
        Stored s = items.get(id);
        if (s == null) {
            throw new ContentRefusedException("No content item " + id + " of this plugin.");
        }
        return s;
    }

    private void declared(String type) {
        if (!types.contains(type)) {
            throw new ContentRefusedException("The plugin declares no content type " + type + ".");
        }
    }

    private ContentItem item(long id, ContentDraft draft, Instant created, Instant edited, boolean anonymous) {
        return new ContentItem(id, draft.type(), draft.authorId(),
                anonymous ? ANONYMOUS_NAME : names.apply(draft.authorId()), draft.spaceId(), draft.title(),
                draft.path(), created, edited, 0, 0, "/posts/" + id, anonymous);
    }
}
