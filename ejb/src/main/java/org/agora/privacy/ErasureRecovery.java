package org.agora.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Resumes, once Agora has started, the erasures that a stop of the server cut short; Liberty marks the jobs it was
 * running as failed when it starts again. It waits for a timer because batch jobs start only once the application
 * has.
 */
@Singleton
@Startup
public class ErasureRecovery {

    private static final Logger LOG = Logger.getLogger(ErasureRecovery.class.getName());

    @EJB
    ErasureService erasures;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(Duration.ofSeconds(1).toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    void resume() {
        List<Long> resumed = erasures.resumeUnfinished();
        if (!resumed.isEmpty()) {
            LOG.info(() -> "Resumed " + resumed.size() + " unfinished erasures: executions " + resumed);
        }
    }
}
