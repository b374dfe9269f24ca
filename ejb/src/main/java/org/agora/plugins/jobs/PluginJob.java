package org.agora.plugins.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.agora.plugins.api.JobStep;
import org.agora.plugins.api.Jobs;

/** One background job of a plugin: its parameters, the state its last part left, and its progress. */
@Entity
@Table(name = "plugin_job")
public class PluginJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plugin_id", nullable = false)
    private String pluginId;

    @Column(nullable = false)
    private String name;

    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Lob
    @Column(nullable = false)
    private String parameters;

    @Lob
    @Column(nullable = false)
    private String state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Jobs.State status;

    private long done;

    private long total;

    @Lob
    @Column(nullable = false)
    private String report;

    @Version
    private long version;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PluginJob() {
    }

    PluginJob(String pluginId, String name, long startedBy, Map<String, String> parameters, Instant now) {
        this.pluginId = pluginId;
        this.name = name;
        this.startedBy = startedBy;
        this.parameters = JobText.write(parameters);
        this.state = JobText.write(Map.of());
        this.status = Jobs.State.QUEUED;
        this.report = "";
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Keeps what a part did; the job ends when the part says so. */
    void record(JobStep step, Instant now) {
        state = JobText.write(step.state());
        done = step.done();
        total = step.total();
        status = step.finished() ? Jobs.State.FINISHED : Jobs.State.RUNNING;
        report = step.finished() ? step.report() : "";
        updatedAt = now;
    }

    void fail(String why, Instant now) {
        status = Jobs.State.FAILED;
        report = why;
        updatedAt = now;
    }

    void running(Instant now) {
        status = Jobs.State.RUNNING;
        updatedAt = now;
    }

    Jobs.JobStatus status() {
        return new Jobs.JobStatus(id, name, startedBy, status, done, total, report);
    }

    public Long getId() {
        return id;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getName() {
        return name;
    }

    public long getStartedBy() {
        return startedBy;
    }

    Map<String, String> parameters() {
        return JobText.read(parameters);
    }

    Map<String, String> state() {
        return JobText.read(state);
    }

    Jobs.State getStatus() {
        return status;
    }
}
