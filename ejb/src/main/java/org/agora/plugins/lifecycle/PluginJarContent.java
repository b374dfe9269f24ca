package org.agora.plugins.lifecycle;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an installed plugin's jar, kept apart from its state so that reading the state stays cheap. */
@Entity
@Table(name = "plugin_jar")
public class PluginJarContent {

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected PluginJarContent() {
    }

    PluginJarContent(String pluginId, byte[] content) {
        this.pluginId = pluginId;
        this.content = content;
    }

    void replace(byte[] jar) {
        content = jar;
    }

    byte[] content() {
        return content;
    }
}
