package org.agora.privacy.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One time an administrator reached someone's personal data. The administrator's name is copied, so that the line
 * still says who once that administrator's account is gone.
 */
@Entity
@Table(name = "privacy_access")
public class PrivacyAccess {

    /** What the administrator did. */
    public enum Action { EXPORT, ERASE, DEACTIVATE, REACTIVATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "admin_id", nullable = false)
    private long adminId;

    @Column(name = "admin_name", nullable = false)
    private String adminName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(name = "accessed_at", nullable = false)
    private Instant at;

    protected PrivacyAccess() {
    }

    public PrivacyAccess(long personId, long adminId, String adminName, Action action, Instant at) {
        this.personId = personId;
        this.adminId = adminId;
        this.adminName = adminName;
        this.action = action;
        this.at = at;
    }

    public String getAdminName() {
        return adminName;
    }

    public Action getAction() {
        return action;
    }

    public Instant getAt() {
        return at;
    }
}
