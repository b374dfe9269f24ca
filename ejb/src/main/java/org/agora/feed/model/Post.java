package org.agora.feed.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.agora.content.RichText;
import org.agora.people.model.Person;

/** A post on the company-wide feed, written in Markdown and kept with its sanitised HTML. */
@Entity
@Table(name = "post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String body;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Post() {
    }

    public Post(Person author, PostText text, Instant now) {
        this.author = Objects.requireNonNull(author);
        this.body = text.markdown();
        this.bodyHtml = RichText.toHtml(text.markdown());
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Person getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
