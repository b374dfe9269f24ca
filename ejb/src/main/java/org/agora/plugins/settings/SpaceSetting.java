package org.agora.plugins.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A space's own value of a plugin setting declared per space, saved by the space's owners or managers. */
@Entity
@Table(name = "plugin_space_setting")
public class SpaceSetting {

    @Id
    private String id;

    @Column(name = "plugin_id", nullable = false)
    private String pluginId;

    @Column(name = "space_id", nullable = false)
    private long spaceId;

    @Column(name = "setting_key", nullable = false)
    private String key;

    @Column(name = "text_value", nullable = false)
    private String value;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SpaceSetting() {
    }

    SpaceSetting(String pluginId, long spaceId, String key, String value, long by, Instant now) {
        this.id = idOf(pluginId, spaceId, key);
        this.pluginId = pluginId;
        this.spaceId = spaceId;
        this.key = key;
        change(value, by, now);
    }

    static String idOf(String pluginId, long spaceId, String key) {
        return pluginId + "/" + spaceId + "/" + key;
    }

    void change(String newValue, long by, Instant now) {
        value = newValue;
        updatedBy = by;
        updatedAt = now;
    }

    String key() {
        return key;
    }

    String value() {
        return value;
    }
}
