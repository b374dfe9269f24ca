package org.agora.comments.model;

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
import org.agora.people.model.Person;

/**
 * A comment on a post, or a reply to one. Replies have one level only: a reply to a reply is attached to the same
 * top-level comment, so threads never nest deeper than the page can indent.
 */
@Entity
@Table(name = "post_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Column(name = "parent_id")
    private Long parentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @Embedded
    private RenderedText text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    protected Comment() {
    }

    private Comment(long postId, Long parentId, Person author, CommentText text, Mentioned people, Instant now) {
        this.postId = postId;
        this.parentId = parentId;
        this.author = Objects.requireNonNull(author);
        this.text = RenderedText.of(text.markdown(), people);
        this.createdAt = now;
    }

    /**
     * @param people the people the text mentions, shown as links to them
     * @return a new top-level comment on the post
     */
    public static Comment on(long postId, Person author, CommentText text, Mentioned people, Instant now) {
        return new Comment(postId, null, author, text, people, now);
    }

    /** @return a reply in this comment's thread: under this comment, or under its top-level comment if a reply */
    public Comment reply(Person author, CommentText text, Mentioned people, Instant now) {
        return new Comment(postId, threadId(), author, text, people, now);
    }

    /** @return the id of the top-level comment whose thread this comment belongs to */
    public long threadId() {
        return parentId == null ? id : parentId;
    }

    public boolean isReply() {
        return parentId != null;
    }

    /** Replaces the text; the comment shows as edited from now on. */
    public void edit(CommentText text, Mentioned people, Instant now) {
        this.text = RenderedText.of(text.markdown(), people);
        this.editedAt = now;
    }

    /**
     * Replaces the mentions of a handle by text that names nobody, as erasing the person it named does; the comment
     * does not show as edited, since its author did not edit it.
     *
     * @param named the people of the handles the text still mentions, for the links
     * @return true if the text mentioned the handle
     */
    public boolean unmention(String handle, String replacement, Function<Collection<String>, Mentioned> named) {
        Optional<RenderedText> unmentioned = text.unmentioned(handle, replacement, named);
        unmentioned.ifPresent(t -> text = t);
        return unmentioned.isPresent();
    }

    /** @return true if the person may change the text: only its author */
    public boolean editableBy(long personId) {
        return Objects.equals(author.getId(), personId);
    }

    /**
     * An archived space is read-only, but its moderators still remove a comment that should not stay there.
     *
     * @param moderates true if the person moderates where the post is (space owner or moderator, administrator)
     * @param writable  true if the post's place is open for writing: not an archived space
     * @return true if the person may delete the comment: a moderator always, its author while the place is writable
     */
    public boolean deletableBy(long personId, boolean moderates, boolean writable) {
        return moderates || writable && editableBy(personId);
    }

    public Long getId() {
        return id;
    }

    public Long getPostId() {
        return postId;
    }

    public Long getParentId() {
        return parentId;
    }

    public Person getAuthor() {
        return author;
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

    public Instant getEditedAt() {
        return editedAt;
    }
}
