package org.agora.privacy.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the privacy notice: never changed once written, so that every former version can be read. */
@Entity
@Table(name = "privacy_notice")
public class PrivacyNotice {

    @Id
    private int version;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String body;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected PrivacyNotice() {
    }

    /** @param bodyHtml the Markdown rendered and sanitised */
    public PrivacyNotice(int version, String body, String bodyHtml, String writtenBy, Instant writtenAt) {
        this.version = version;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public int getVersion() {
        return version;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
