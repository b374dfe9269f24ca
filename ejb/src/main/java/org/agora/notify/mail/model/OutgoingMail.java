package org.agora.notify.mail.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A mail in the outbox: written with the change it tells of, sent after that change commits, retried on failure. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    /** The longest pause between two attempts. */
    static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "to_address", nullable = false)
    private String to;

    @Column(nullable = false)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false)
    private String text;

    @Lob
    @Column(name = "html_body", nullable = false)
    private String html;

    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    private int attempts;

    @Column(name = "retry_at")
    private Instant retryAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "given_up_at")
    private Instant givenUpAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutgoingMail() {
    }

    public OutgoingMail(long recipientId, String to, String subject, String text, String html, String unsubscribeUrl,
                        Instant now) {
        this.recipientId = recipientId;
        this.to = to;
        this.subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        this.text = text;
        this.html = html;
        this.unsubscribeUrl = unsubscribeUrl;
        this.queuedAt = now;
        this.retryAt = now;
    }

    /** Records a failed attempt; the next waits {@code pause}, doubled for each attempt so far, up to six hours. */
    public void failed(String error, Duration pause, Instant now) {
        attempts++;
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = pause.multipliedBy(factor);
        retryAt = now.plus(wait.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : wait);
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }

    /** Gives up for good, such as for an address that can never receive mail. */
    public void giveUp(String error, Instant now) {
        attempts++;
        givenUpAt = now;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }

    public void sent(Instant now) {
        sentAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getHtml() {
        return html;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getRetryAt() {
        return retryAt;
    }
}
