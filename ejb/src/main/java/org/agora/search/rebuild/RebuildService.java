package org.agora.search.rebuild;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.agora.search.Outbox;
import org.agora.validation.InvalidInputException;

/**
 * Rebuilds the search index from the database as a Jakarta Batch job, in place: items are rewritten one chunk at a
 * time while search keeps answering, and what the rebuild did not find at the end is dropped.
 */
@Stateless
public class RebuildService {

    static final String JOB = "search-rebuild";
    static final String STEP = "index";

    @EJB
    Outbox outbox;

    /**
     * Starts a rebuild.
     *
     * @return the job execution's id
     * @throws InvalidInputException if a rebuild is running already
     */
    public long start() {
        if (latest().map(RebuildProgress::running).orElse(false)) {
            throw new InvalidInputException("rebuild", "error.search.rebuild.running");
        }
        Properties parameters = new Properties();
        parameters.setProperty("started", Long.toString(System.currentTimeMillis()));
        parameters.setProperty("total", Long.toString(outbox.countAll()));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    /** @return the progress of the latest rebuild, if there was one */
    public Optional<RebuildProgress> latest() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<JobInstance> instances;
        try {
            instances = jobs.getJobInstances(JOB, 0, 1);
        } catch (NoSuchJobException never) {
            return Optional.empty();
        }
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        List<JobExecution> executions = jobs.getJobExecutions(instances.get(0));
        if (executions.isEmpty()) {
            return Optional.empty();
        }
        JobExecution execution = executions.get(executions.size() - 1);
        long done = 0;
        for (StepExecution step : jobs.getStepExecutions(execution.getExecutionId())) {
            if (STEP.equals(step.getStepName())) {
                for (Metric m : step.getMetrics()) {
                    if (m.getType() == Metric.MetricType.READ_COUNT) {
                        done = m.getValue();
                    }
                }
            }
        }
        long total = Long.parseLong(execution.getJobParameters().getProperty("total", "0"));
        return Optional.of(new RebuildProgress(execution.getExecutionId(), execution.getBatchStatus().name(), done,
                total, execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant()));
    }
}
