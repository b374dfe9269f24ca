package org.agora.generator;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.agora.validation.InvalidInputException;

/** Starts the generation of a company as the {@code company-generator} batch job, and tells how it goes. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GeneratorService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * Starts generating a company after the rows already there.
     *
     * @return the job execution's id
     * @throws InvalidInputException if a generation runs, or a company was generated in this database already
     */
    public long start(CompanySize size) {
        if (latest().map(GeneratorProgress::running).orElse(false)) {
            throw new InvalidInputException("size", "error.generator.running");
        }
        long generated = em.createQuery("SELECT COUNT(p) FROM Person p WHERE p.email LIKE :generated", Long.class)
                .setParameter("generated", "%@generated.example").getSingleResult();
        if (generated > 0) {
            throw new InvalidInputException("size", "error.generator.done");
        }
        Properties parameters = size.toProperties();
        parameters.setProperty("personBase", Long.toString(max("Person")));
        parameters.setProperty("spaceBase", Long.toString(max("Space")));
        parameters.setProperty("postBase", Long.toString(max("Post")));
        parameters.setProperty("commentBase", Long.toString(max("Comment")));
        parameters.setProperty("until", Long.toString(Instant.now().truncatedTo(ChronoUnit.HOURS).toEpochMilli()));
        return BatchRuntime.getJobOperator().start(Job.NAME, parameters);
    }

    private long max(String entity) {
        Long max = em.createQuery("SELECT MAX(e.id) FROM " + entity + " e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** @return the progress of the latest generation, if there was one */
    public Optional<GeneratorProgress> latest() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<JobInstance> instances;
        try {
            instances = jobs.getJobInstances(Job.NAME, 0, 1);
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
        Properties parameters = execution.getJobParameters();
        List<StepExecution> steps = jobs.getStepExecutions(execution.getExecutionId());
        String step = steps.isEmpty() ? "people" : steps.get(steps.size() - 1).getStepName();
        long done = 0;
        for (StepExecution s : steps) {
            if (s.getStepName().equals(step)) {
                for (Metric m : s.getMetrics()) {
                    if (m.getType() == Metric.MetricType.WRITE_COUNT) {
                        done = m.getValue() * Blocks.SIZE;
                    }
                }
            }
        }
        long total = Long.parseLong(parameters.getProperty(step, "0"));
        return Optional.of(new GeneratorProgress(execution.getExecutionId(), execution.getBatchStatus().name(), step,
                Math.min(done, total), total, CompanySize.of(parameters),
                execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant()));
    }
}
