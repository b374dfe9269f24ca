package org.agora.plugins.jobs;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.agora.plugins.api.JobStep;
import org.agora.plugins.api.Jobs;

/**
 * Keeps plugins' background jobs and starts them as the Jakarta Batch job {@value #JOB}, which runs their parts
 * ({@link PluginJobBatchlet}). Each part's result is committed on its own, so a job that Agora's stop interrupted
 * is taken up again from its last part: every minute, a job that has not moved for {@link #STALLED} is restarted.
 */
@Stateless
@LocalBean
public class PluginJobService {

    static final String JOB = "plugin-job";
    /** Longer than a part may take (30 s), so a job still running is never started twice. */
    static final Duration STALLED = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(PluginJobService.class.getName());

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Resource
    SessionContext self;

    @Resource
    ManagedExecutorService launcher;

    /** Records a new job and starts it, once the record is committed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String pluginId, String name, Map<String, String> parameters, long startedBy) {
        int size = parameters.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
        if (size > Jobs.MAX_PARAMETERS) {
            throw new IllegalArgumentException("a job's parameters hold at most " + Jobs.MAX_PARAMETERS
                    + " characters");
        }
        long id = self.getBusinessObject(PluginJobService.class).create(pluginId, name, parameters, startedBy);
        // not on the plugin's thread: its time limit would interrupt the batch runtime (and Derby) mid-start; a
        // launch that fails is taken up by resumeStalled
        launcher.execute(() -> run(id));
        return id;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(String pluginId, String name, Map<String, String> parameters, long startedBy) {
        PluginJob job = new PluginJob(pluginId, name, startedBy, parameters, Instant.now());
        em.persist(job);
        em.flush();
        return job.getId();
    }

    private static void run(long id) {
        Properties parameters = new Properties();
        parameters.setProperty("job", Long.toString(id));
        BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    /** @return a plugin's job, if it is one of that plugin's */
    public Optional<Jobs.JobStatus> status(String pluginId, long id) {
        return Optional.ofNullable(em.find(PluginJob.class, id)).filter(j -> j.getPluginId().equals(pluginId))
                .map(PluginJob::status);
    }

    /** @return a job as a person may follow it: the one who started it, or an administrator */
    public Optional<Jobs.JobStatus> followedBy(long id, long personId, boolean admin) {
        return Optional.ofNullable(em.find(PluginJob.class, id))
                .filter(j -> admin || j.getStartedBy() == personId).map(PluginJob::status);
    }

    /** @return a job, for its runs */
    public Optional<PluginJob> find(long id) {
        return Optional.ofNullable(em.find(PluginJob.class, id));
    }

    /** Marks a job running; false if it ended already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean begin(long id) {
        PluginJob job = em.find(PluginJob.class, id);
        if (job == null || job.status().ended()) {
            return false;
        }
        job.running(Instant.now());
        return true;
    }

    /**
     * Keeps what a part did.
     *
     * @return false if another run of the same job moved it meanwhile (this run then stops)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(long id, long doneBefore, Map<String, String> stateBefore, JobStep step) {
        PluginJob job = em.find(PluginJob.class, id);
        if (job == null || job.status().ended() || job.status().done() != doneBefore
                || !job.state().equals(stateBefore)) {
            return false;
        }
        job.record(step, Instant.now());
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, String why) {
        PluginJob job = em.find(PluginJob.class, id);
        if (job != null && !job.status().ended()) {
            job.fail(why, Instant.now());
        }
    }

    /** Takes up the jobs that stopped moving, such as those running when Agora stopped. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void resumeStalled() {
        List<PluginJob> stalled = em.createQuery("SELECT j FROM PluginJob j WHERE j.status IN :moving"
                        + " AND j.updatedAt < :before", PluginJob.class)
                .setParameter("moving", List.of(Jobs.State.QUEUED, Jobs.State.RUNNING))
                .setParameter("before", Instant.now().minus(STALLED)).setMaxResults(20).getResultList();
        for (PluginJob job : stalled) {
            LOG.info(() -> "Resuming background job " + job.getId() + " of plugin " + job.getPluginId());
            job.running(Instant.now());
            run(job.getId());
        }
    }
}
