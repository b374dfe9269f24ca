package org.agora.privacy;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.agora.privacy.model.PrivacyAccess.Action;
import org.agora.settings.model.Setting;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * Erasing a person as a Jakarta Batch job under the company's erasure policy, following it, and resuming one that
 * failed or was interrupted.
 */
@Stateless
public class ErasureService {

    static final String JOB = "personal-data-erasure";
    static final String PERSON = "person";
    static final String POLICY = "policy";
    static final String FORMER_NAME = "formerName";
    private static final String POLICY_SETTING = "privacy.erasure";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PrivacyAudit audit;

    /** @return what erasing does with a person's content; deleting it until an administrator decides otherwise */
    public ErasurePolicy policy() {
        Setting setting = em.find(Setting.class, POLICY_SETTING);
        return setting == null ? ErasurePolicy.DELETE_CONTENT : ErasurePolicy.valueOf(setting.getValue());
    }

    /**
     * @throws AccessDeniedException unless an administrator asks
     * @throws InvalidInputException for an unknown choice
     */
    public void setPolicy(long adminId, String choice) {
        audit.activeAdmin(adminId);
        ErasurePolicy policy;
        try {
            policy = ErasurePolicy.valueOf(choice == null ? "" : choice);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("policy", "error.privacy.policy");
        }
        Setting setting = em.find(Setting.class, POLICY_SETTING);
        if (setting == null) {
            em.persist(new Setting(POLICY_SETTING, policy.name(), adminId, Instant.now()));
        } else {
            setting.change(policy.name(), adminId, Instant.now());
        }
    }

    /**
     * Starts erasing a person under the company's policy.
     *
     * @param formerName what kept content says instead of their name
     * @return the job execution's id
     * @throws AccessDeniedException unless an administrator asks
     * @throws InvalidInputException for oneself, or a person erased or being erased
     */
    public long start(long adminId, long personId, String formerName) {
        audit.adminAccess(adminId, personId, Action.ERASE);
        if (adminId == personId) {
            throw new InvalidInputException("person", "error.privacy.self");
        }
        if (Deactivation.person(em, personId).getStatus().erased()) {
            throw new InvalidInputException("person", "error.privacy.erased");
        }
        Properties parameters = new Properties();
        parameters.setProperty(PERSON, Long.toString(personId));
        parameters.setProperty(POLICY, policy().name());
        parameters.setProperty(FORMER_NAME, formerName);
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    /**
     * Runs a failed or stopped erasure again from the step that did not complete.
     *
     * @return the new execution's id
     * @throws InvalidInputException if that erasure is not waiting to be resumed
     */
    public long resume(long adminId, long executionId) {
        audit.activeAdmin(adminId);
        ErasureProgress progress = progress(adminId, executionId);
        if (!progress.resumable()) {
            throw new InvalidInputException("execution", "error.privacy.notResumable");
        }
        JobOperator jobs = BatchRuntime.getJobOperator();
        return jobs.restart(progress.executionId(), jobs.getParameters(progress.executionId()));
    }

    /**
     * Resumes every erasure that stopped before its end, as Agora starts: one cut short by a stop of the server must
     * not leave a person half-erased until an administrator notices. Each step can run again without harm.
     *
     * @return the new executions' ids
     */
    public List<Long> resumeUnfinished() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        return latestExecutions(jobs).filter(e -> progress(jobs, e).resumable())
                .map(e -> jobs.restart(e.getExecutionId(), jobs.getParameters(e.getExecutionId()))).toList();
    }

    /**
     * @throws UnknownItemException if no erasure has that execution id
     */
    public ErasureProgress progress(long adminId, long executionId) {
        audit.activeAdmin(adminId);
        JobOperator jobs = BatchRuntime.getJobOperator();
        JobExecution execution;
        try {
            execution = jobs.getJobExecution(executionId);
        } catch (RuntimeException e) {
            throw new UnknownItemException("error.privacy.erasure");
        }
        if (execution == null || !JOB.equals(execution.getJobName())) {
            throw new UnknownItemException("error.privacy.erasure");
        }
        // a resumed erasure goes on in a later execution: an older address shows where it stands now
        return progress(jobs, latest(jobs, jobs.getJobInstance(executionId)).orElse(execution));
    }

    /** @return the erasures that stopped before the end, newest first, to be resumed */
    public List<ErasureProgress> unfinished(long adminId) {
        audit.activeAdmin(adminId);
        JobOperator jobs = BatchRuntime.getJobOperator();
        return latestExecutions(jobs).map(e -> progress(jobs, e)).filter(p -> !p.completed()).toList();
    }

    /** @return the latest execution of each erasure, newest erasure first */
    private static Stream<JobExecution> latestExecutions(JobOperator jobs) {
        // asked first: the batch runtime reports a job never run as an incident of its own
        if (!jobs.getJobNames().contains(JOB)) {
            return Stream.empty();
        }
        return jobs.getJobInstances(JOB, 0, 100).stream().flatMap(i -> latest(jobs, i).stream());
    }

    private static Optional<JobExecution> latest(JobOperator jobs, JobInstance instance) {
        return jobs.getJobExecutions(instance).stream().max(Comparator.comparingLong(JobExecution::getExecutionId));
    }

    private static ErasureProgress progress(JobOperator jobs, JobExecution execution) {
        Properties p = execution.getJobParameters();
        // a restart's steps are its own; those completed before belong to the execution it resumed
        List<ErasureProgress.Line> lines = new ArrayList<>();
        JobInstance instance = jobs.getJobInstance(execution.getExecutionId());
        for (JobExecution e : jobs.getJobExecutions(instance).stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId)).toList()) {
            if (e.getExecutionId() > execution.getExecutionId()) {
                continue;
            }
            for (StepExecution s : jobs.getStepExecutions(e.getExecutionId())) {
                lines.removeIf(l -> l.step().equals(s.getStepName()));
                lines.add(new ErasureProgress.Line(s.getStepName(), s.getBatchStatus().name(),
                        s.getExitStatus() == null ? "" : s.getExitStatus()));
            }
        }
        return new ErasureProgress(execution.getExecutionId(), Long.parseLong(p.getProperty(PERSON)),
                p.getProperty(POLICY), execution.getBatchStatus().name(), lines);
    }
}
