package org.agora.notify.mail;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Properties;

/** Starts the digest job every morning (weekly digests go out once a week, see {@link DigestService}). */
@Singleton
public class DigestSchedule {

    /** The job's name, {@code META-INF/batch-jobs/notification-digest.xml}. */
    public static final String JOB = "notification-digest";

    @Inject
    MailConfig config;

    @Schedule(hour = "7", minute = "0", persistent = false)
    void everyMorning() {
        if (config.configured()) {
            start(false);
        }
    }

    /**
     * Starts the job.
     *
     * @param force true to write every pending digest now, as an administrator asks
     * @return the job's execution id
     */
    public long start(boolean force) {
        Properties parameters = new Properties();
        parameters.setProperty("force", Boolean.toString(force));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }
}
