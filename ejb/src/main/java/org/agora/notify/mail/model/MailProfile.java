package org.agora.notify.mail.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** The language of a person's mails, and when their digests last went out. */
@Entity
@Table(name = "notification_mail_profile")
public class MailProfile {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false)
    private String language;

    @Column(name = "daily_sent_at")
    private Instant dailySentAt;

    @Column(name = "weekly_sent_at")
    private Instant weeklySentAt;

    protected MailProfile() {
    }

    public MailProfile(long personId, Locale language) {
        this.personId = personId;
        this.language = language.getLanguage();
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public void setLanguage(Locale locale) {
        language = locale.getLanguage();
    }

    /** @return when the digest of that frequency last went out, or null */
    public Instant sentAt(Delivery frequency) {
        return frequency == Delivery.WEEKLY ? weeklySentAt : dailySentAt;
    }

    public void sent(Delivery frequency, Instant now) {
        if (frequency == Delivery.WEEKLY) {
            weeklySentAt = now;
        } else {
            dailySentAt = now;
        }
    }
}
