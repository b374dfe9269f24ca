package org.agora.dashboard;

import java.util.List;

/**
 * What the administrators' dashboard shows.
 *
 * @param waitingForPassword active people who have not chosen a password yet
 * @param healthy            true if the database and the search index answer
 * @param mailConfigured     true if Agora sends mails
 * @param mailsWaiting       mails not sent yet
 */
public record DashboardView(long activePeople, long deactivatedPeople, long waitingForPassword, long administrators,
                            long postsThisWeek, boolean healthy, boolean mailConfigured, long mailsWaiting,
                            List<JobRun> lastJobs) {
}
