package org.agora.plugins.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * An installed plugin and what the administrators decided about it, with its circuit breaker; the rules of enabling
 * and forcing live here, those of the breaker in {@link Breaker}.
 */
@Entity
@Table(name = "plugin_installation")
public class PluginInstallation {

    static final int REASON_LENGTH = 500;

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Column(nullable = false)
    private String version;

    @Column(name = "jar_name", nullable = false)
    private String jarName;

    @Column(name = "jar_sha256", nullable = false)
    private String jarSha256;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Forcing forcing;

    @Column(nullable = false)
    private int failures;

    @Column(name = "breaker_openings", nullable = false)
    private int openings;

    @Column(name = "retry_at")
    private Instant retryAt;

    @Column(name = "last_failure", length = REASON_LENGTH)
    private String lastFailure;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PluginInstallation() {
    }

    /** A newly installed plugin, enabled company-wide, with no forcing. */
    public PluginInstallation(String pluginId, String version, String jarName, String jarSha256, Instant now) {
        this.pluginId = pluginId;
        this.version = version;
        this.jarName = jarName;
        this.jarSha256 = jarSha256;
        this.enabled = true;
        this.forcing = Forcing.NONE;
        this.installedAt = now;
        this.updatedAt = now;
    }

    /** Switches the plugin on company-wide and closes its breaker: an administrator's enable forgets failures. */
    public void enable(Instant now) {
        enabled = true;
        breaker(Breaker.CLOSED);
        updatedAt = now;
    }

    /** Switches the plugin off company-wide, an administrator's decision that Agora never takes back by itself. */
    public void disable(Instant now) {
        enabled = false;
        updatedAt = now;
    }

    public void force(Forcing choice, Instant now) {
        forcing = choice;
        updatedAt = now;
    }

    public Breaker breaker() {
        return new Breaker(failures, openings, retryAt, lastFailure);
    }

    /** Records the breaker's next state. */
    public void breaker(Breaker next) {
        failures = next.failures();
        openings = next.openings();
        retryAt = next.retryAt();
        lastFailure = next.lastFailure() == null ? null : cut(next.lastFailure());
    }

    /**
     * @param ownerChoice the space owner's choice, if they made one
     * @return true if the plugin is active in that space
     */
    public boolean activeIn(Optional<Boolean> ownerChoice) {
        return enabled && switch (forcing) {
            case ON -> true;
            case OFF -> false;
            case NONE -> ownerChoice.orElse(true);
        };
    }

    private static String cut(String reason) {
        return reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH - 1) + "…" : reason;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getVersion() {
        return version;
    }

    public String getJarName() {
        return jarName;
    }

    public String getJarSha256() {
        return jarSha256;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Forcing getForcing() {
        return forcing;
    }

}
