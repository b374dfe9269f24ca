package org.agora.plugins.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A value an administrator saved for one setting of one plugin. */
@Entity
@Table(name = "plugin_setting")
public class PluginSetting {

    @Id
    private String id;

    @Column(name = "plugin_id", nullable = false)
    private String pluginId;

    @Column(name = "setting_key", nullable = false)
    private String key;

    @Column(name = "text_value", nullable = false)
    private String value;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PluginSetting() {
    }

    PluginSetting(String pluginId, String key, String value, long by, Instant now) {
        this.id = idOf(pluginId, key);
        this.pluginId = pluginId;
        this.key = key;
        change(value, by, now);
    }

    static String idOf(String pluginId, String key) {
        return pluginId + "/" + key;
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
