package org.agora.feed.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.agora.content.Mentioned;
import org.agora.content.RenderedText;
import org.agora.content.RichText;
import org.agora.people.model.Person;
import org.agora.spaces.model.Space;

/** A post on the company-wide feed or in a space, written in Markdown and kept with its sanitised HTML. */
@Entity
@Table(name = "post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "space_id")
    private Space space;

    @Embedded
    private RenderedText text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(nullable = false)
    private boolean announcement;

    @Column(nullable = false)
    private boolean pinned;

    // the columns below are set for a plugin's content item only
    @Column(name = "plugin_id")
    private String pluginId;

    @Column(name = "content_type")
    private String contentType;

    private String title;

    private String link;

    private String summary;

    @Column(nullable = false)
    private boolean searchable = true;

    // kept by org.agora.feed.PostCounters, never written through the entity
    @Column(name = "comment_count", insertable = false, updatable = false)
    private int commentCount;

    @Column(name = "reaction_count", insertable = false, updatable = false)
    private int reactionCount;

    protected Post() {
    }

    /**
     * @param space  the space the post is written in, or null for the company-wide feed
     * @param people the people the text mentions, for the links
     */
    public Post(Person author, Space space, PostText text, Mentioned people, Instant now) {
        this.author = Objects.requireNonNull(author);
        this.space = space;
        this.text = RenderedText.of(text.markdown(), people);
        this.createdAt = now;
    }

    /** A plugin's content item, whose text is {@code text} and whose card shows a title and a link. */
    public Post(Person author, Space space, ItemContent item, ItemText text, Mentioned people, Instant now) {
        this.author = Objects.requireNonNull(author);
        this.space = space;
        this.text = RenderedText.of(text.markdown(), people);
        this.createdAt = now;
        describe(item);
    }

    /**
     * Replaces a content item's text and description; anyone the plugin lets edit it may, the author stays.
     *
     * @return the revision that keeps the former text
     * @throws IllegalStateException if this is not a content item of the same plugin and type
     */
    public PostRevision revise(ItemContent item, long editorId, ItemText text, Mentioned people,
                               Instant now) {
        if (!item.pluginId().equals(pluginId) || !item.type().equals(contentType)) {
            throw new IllegalStateException("a content item keeps its plugin and type");
        }
        PostRevision former = new PostRevision(id, this.text.markdown(), editorId, now);
        this.text = RenderedText.of(text.markdown(), people);
        editedAt = now;
        describe(item);
        return former;
    }

    private void describe(ItemContent item) {
        pluginId = item.pluginId();
        contentType = item.type();
        title = item.title();
        link = item.link();
        searchable = item.searchable();
        summary = Summary.of(RichText.toPlainText(text.markdown()));
    }

    /**
     * Puts the item's own id where its link says {@code {id}}, once the database gave it one, so that a plugin can
     * publish an item whose address is the item's id.
     */
    public void linkToOwnId() {
        if (link != null && id != null) {
            link = link.replace("{id}", id.toString());
        }
    }

    /** @return the plugin and type of a content item, with its title and link; empty for a plain post */
    public java.util.Optional<ItemContent> item() {
        return pluginId == null ? java.util.Optional.empty()
                : java.util.Optional.of(new ItemContent(pluginId, contentType, title, link, searchable));
    }

    /** @return the start of a content item's text in plain text, as its card shows it; null for a plain post */
    public String getSummary() {
        return summary;
    }

    /**
     * Replaces the text; the author alone edits a post.
     *
     * @param people the person id of each handle the new text mentions, for the links
     * @return the revision that keeps the former text
     */
    public PostRevision edit(long editorId, PostText text, Mentioned people, Instant now) {
        if (pluginId != null) {
            throw new IllegalStateException("a content item is edited through its plugin");
        }
        if (author.getId() != editorId) {
            throw new IllegalStateException("only the author edits a post");
        }
        PostRevision former = new PostRevision(id, this.text.markdown(), editorId, now);
        this.text = RenderedText.of(text.markdown(), people);
        editedAt = now;
        return former;
    }

    /**
     * Replaces the mentions of a handle by text that names nobody, as erasing the person it named does; the post
     * keeps its edit time, since its author did not edit it.
     *
     * @param named the people of the handles the text still mentions, for the links
     * @return true if the text mentioned the handle
     */
    public boolean unmention(String handle, String replacement, Function<Collection<String>, Mentioned> named) {
        Optional<RenderedText> unmentioned = text.unmentioned(handle, replacement, named);
        unmentioned.ifPresent(t -> text = t);
        return unmentioned.isPresent();
    }

    /** Pins the post at the top of every feed until each reader marks it read. */
    public void announce() {
        if (space != null) {
            throw new IllegalStateException("announcements are company-wide");
        }
        announcement = true;
    }

    /** Pins the post at the top of its space's feed, or takes it off. */
    public void pin(boolean value) {
        if (space == null) {
            throw new IllegalStateException("only posts in a space are pinned");
        }
        pinned = value;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isAnnouncement() {
        return announcement;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Long getId() {
        return id;
    }

    public Person getAuthor() {
        return author;
    }

    public Space getSpace() {
        return space;
    }

    public String getBody() {
        return text.markdown();
    }

    public String getBodyHtml() {
        return text.html();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
