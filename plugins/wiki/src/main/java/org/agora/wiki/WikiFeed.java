package org.agora.wiki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentRefusedException;

/**
 * The wiki's side of the host's content items. Each page is a searchable item of type {@code page}, updated on
 * every save, so the host indexes, notifies mentions and lets people discuss it; it is also the page's card in the
 * feed. Later edits are grouped: the author's own edits in the first day of a page go into the page's card, and
 * then each person's edits within a day make one card of type {@code update}, until someone else edits the page.
 * So a page saved ten times in a row does not fill the feed. The text given to the host has its tables written as
 * sentences ({@link TableText}), so the feed's snippet of a page with a table reads well.
 */
final class WikiFeed {

    static final String CARDS = "cards";
    static final Duration BURST = Duration.ofDays(1);

    private final PluginContext context;
    private final Clock clock;

    WikiFeed(PluginContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /** Publishes a new page; the host may refuse it (the author may not write in the space). */
    ContentItem publish(WikiPage page, Viewer author, String path) {
        return context.content().publish(draft(WikiContent.PAGE, page, author, text(page), path));
    }

    /** Replaces the page item's title and text with the page's current ones. */
    ContentItem update(WikiPage page, Viewer editor, String path) {
        return context.content().update(page.contentId(), draft(WikiContent.PAGE, page, editor, text(page), path));
    }

    /**
     * Shows an edit in the feed: nothing new when it goes into the page's own card or into the editor's card of the
     * same day, else a new card.
     *
     * @param created when the page was created
     */
    void edited(WikiPage page, Instant created, Viewer editor, String cardText, String path) {
        Instant now = clock.instant();
        ContentDraft card = draft(WikiContent.UPDATE, page, editor, cardText, path);
        Optional<StoredRecord> last = context.records().find(RecordQuery.in(CARDS)
                .where("page", String.valueOf(page.id())).orderByDescending("at").limit(1)).stream().findFirst();
        if (last.isEmpty() && page.authorId() == editor.id() && now.isBefore(created.plus(BURST))) {
            // the page's own card, whose text the page item's update already changed
            return;
        }
        if (last.isPresent() && sameBurst(last.get(), editor, now)) {
            try {
                context.content().update(WikiPage.number(last.get(), "content"), card);
                Map<String, String> fields = new java.util.HashMap<>(last.get().fields());
                fields.put("at", now.toString());
                context.records().update(CARDS, last.get().id(), last.get().version(), fields);
                return;
            } catch (ContentRefusedException gone) {
                // a moderator removed the card meanwhile: the edit gets a new one
                context.records().delete(CARDS, last.get().id());
            }
        }
        ContentItem item = context.content().publish(card);
        context.records().create(CARDS, Map.of("page", String.valueOf(page.id()), "authorId",
                String.valueOf(editor.id()), "content", String.valueOf(item.id()), "at", now.toString(),
                "since", now.toString()));
    }

    /** Deletes a page's item and its edit cards. */
    void delete(WikiPage page) {
        if (page.contentId() > 0) {
            context.content().delete(page.contentId());
        }
        for (StoredRecord card : cards("page", String.valueOf(page.id()))) {
            context.content().delete(WikiPage.number(card, "content"));
            context.records().delete(CARDS, card.id());
        }
    }

    /** Forgets an edit card that the host removed. */
    void cardRemoved(long contentId) {
        cards("content", String.valueOf(contentId)).forEach(c -> context.records().delete(CARDS, c.id()));
    }

    private List<StoredRecord> cards(String field, String value) {
        return context.records().find(RecordQuery.in(CARDS).where(field, value).limit(RecordQuery.MAX_LIMIT));
    }

    // a card groups one person's edits for a day from its first; cards written before "since" count from the last
    private boolean sameBurst(StoredRecord card, Viewer editor, Instant now) {
        Instant since = card.field("since").or(() -> card.field("at")).map(Instant::parse).orElse(Instant.EPOCH);
        return WikiPage.number(card, "authorId") == editor.id() && now.isBefore(since.plus(BURST));
    }

    private static ContentDraft draft(String type, WikiPage page, Viewer author, String text, String path) {
        Long space = page.spaceId() == 0 ? null : page.spaceId();
        return new ContentDraft(type, author.id(), space, page.title(), text, path);
    }

    /** @return the page's text as the host indexes and summarises it: links as their labels, tables as sentences */
    private static String text(WikiPage page) {
        String plain = TableText.of(WikiLinks.plain(page.markdown()));
        return plain.isBlank() ? page.title() : plain;
    }
}
