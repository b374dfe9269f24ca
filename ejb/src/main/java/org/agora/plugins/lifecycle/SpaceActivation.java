package org.agora.plugins.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A space owner's choice to have one plugin on or off in their space. */
@Entity
@Table(name = "plugin_space_activation")
@IdClass(SpaceActivation.Key.class)
public class SpaceActivation {

    /** The primary key: plugin and space. */
    public static class Key implements Serializable {
        private String pluginId;
        private Long spaceId;

        public Key() {
        }

        public Key(String pluginId, long spaceId) {
            this.pluginId = pluginId;
            this.spaceId = spaceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(pluginId, k.pluginId) && Objects.equals(spaceId, k.spaceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pluginId, spaceId);
        }
    }

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Id
    @Column(name = "space_id")
    private Long spaceId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SpaceActivation() {
    }

    public SpaceActivation(String pluginId, long spaceId, boolean enabled, long by, Instant now) {
        this.pluginId = pluginId;
        this.spaceId = spaceId;
        choose(enabled, by, now);
    }

    public void choose(boolean on, long by, Instant now) {
        enabled = on;
        updatedBy = by;
        updatedAt = now;
    }

    public String getPluginId() {
        return pluginId;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
