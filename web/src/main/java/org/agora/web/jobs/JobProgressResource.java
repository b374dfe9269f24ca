package org.agora.web.jobs;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.plugins.api.Jobs;
import org.agora.plugins.jobs.PluginJobService;
import org.agora.web.security.CurrentUser;

/**
 * {@code GET /jobs/{id}}: how a plugin's background job is doing, as JSON, for the progress bar of the fragment
 * {@code agora/jobs :: progress} ({@code assets/job-progress.js}). Only the person who started it and
 * administrators see it; to anyone else it does not exist.
 */
@Path("jobs/{id: [0-9]{1,18}}")
public class JobProgressResource {

    @EJB
    PluginJobService jobs;

    @Inject
    CurrentUser current;

    /** The progress as the page shows it. */
    public record Progress(String state, long done, long total, int percent, boolean ended, String report) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Progress progress(@PathParam("id") long id) {
        Jobs.JobStatus job = jobs.followedBy(id, current.require().id(), current.viewer().isAdmin())
                .orElseThrow(NotFoundException::new);
        int percent = job.state() == Jobs.State.FINISHED ? 100
                : job.total() == 0 ? 0 : (int) Math.min(99, 100 * job.done() / job.total());
        return new Progress(job.state().name().toLowerCase(), job.done(), job.total(), percent, job.ended(),
                job.report());
    }
}
