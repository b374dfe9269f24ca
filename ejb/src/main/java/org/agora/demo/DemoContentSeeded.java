package org.agora.demo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plugin whose own demo content this installation has seeded, so that it is never seeded twice. */
@Entity
@Table(name = "demo_content")
public class DemoContentSeeded {

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Column(name = "seeded_at", nullable = false)
    private Instant seededAt;

    protected DemoContentSeeded() {
    }

    public DemoContentSeeded(String pluginId, Instant seededAt) {
        this.pluginId = pluginId;
        this.seededAt = seededAt;
    }

    public String pluginId() {
        return pluginId;
    }
}
