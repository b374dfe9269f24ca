package org.agora.dashboard;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.agora.health.AgoraReadiness;
import org.agora.notify.mail.MailConfig;
import org.agora.notify.mail.MailOutbox;
import org.agora.people.Administrators;
import org.agora.people.admin.AccountFilter;
import org.agora.people.admin.PeopleAdministration;
import org.agora.people.model.AccountStatus;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Gathers the dashboard's figures: a handful of counting queries and the job repository's last runs. */
@Stateless
public class DashboardService {

    /** The jobs an administrator starts or waits for, newest run first. */
    static final List<String> JOBS = List.of("employee-import", "company-generator", "personal-data-erasure",
            "personal-data-archive", "search-rebuild", "notification-digest");

    private static final int RUNS_PER_JOB = 5;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PeopleAdministration people;

    @Inject
    Administrators administrators;

    @Inject
    @Readiness
    AgoraReadiness readiness;

    @Inject
    MailConfig mail;

    @EJB
    MailOutbox outbox;

    public DashboardView view(int jobs) {
        long posts = em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.createdAt >= :since", Long.class)
                .setParameter("since", Instant.now().minus(Duration.ofDays(7))).getSingleResult();
        boolean healthy = readiness.call().getStatus() == HealthCheckResponse.Status.UP;
        long withoutPassword = people.count(new PeopleAdministration.Search("", AccountFilter.WITHOUT_PASSWORD,
                java.util.Optional.empty()));
        return new DashboardView(people.count(AccountStatus.ACTIVE), people.count(AccountStatus.DEACTIVATED),
                withoutPassword, administrators.active(), posts, healthy, mail.configured(),
                mail.configured() ? outbox.waiting() : 0, lastRuns(jobs));
    }

    /** @return the last runs of the administrators' jobs, newest first */
    List<JobRun> lastRuns(int limit) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobRun> runs = new ArrayList<>();
        for (String job : JOBS) {
            try {
                for (JobInstance instance : operator.getJobInstances(job, 0, RUNS_PER_JOB)) {
                    operator.getJobExecutions(instance).stream()
                            .max(Comparator.comparingLong(JobExecution::getExecutionId))
                            .ifPresent(e -> runs.add(run(job, e)));
                }
            } catch (NoSuchJobException e) {
                // never run on this installation
            } catch (JobSecurityException e) {
                // the job repository keeps this job's runs from the caller: the dashboard shows the others
            }
        }
        return runs.stream().sorted(Comparator.comparing(JobRun::startedAt,
                Comparator.nullsLast(Comparator.<Instant>reverseOrder()))).limit(limit).toList();
    }

    private static JobRun run(String job, JobExecution e) {
        return new JobRun(job, e.getExecutionId(), e.getBatchStatus().name(), instant(e.getCreateTime()),
                instant(e.getEndTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
