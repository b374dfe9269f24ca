package org.agora.settings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One company-wide setting chosen by an administrator. */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    private String name;

    @Column(name = "text_value", nullable = false)
    private String value;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Setting() {
    }

    public Setting(String name, String value, long updatedBy, Instant now) {
        this.name = name;
        change(value, updatedBy, now);
    }

    public void change(String newValue, long by, Instant now) {
        value = newValue;
        updatedBy = by;
        updatedAt = now;
    }

    public String getValue() {
        return value;
    }
}
