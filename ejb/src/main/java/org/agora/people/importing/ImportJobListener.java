package org.agora.people.importing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Marks the run finished and removes the uploaded file when the job ends. */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String file;

    @Inject
    JobContext job;

    @EJB
    ImportRuns runs;

    @Override
    public void afterJob() throws IOException {
        BatchStatus status = job.getBatchStatus();
        boolean completed = status != BatchStatus.FAILED && status != BatchStatus.STOPPED;
        runs.finish(Long.parseLong(runId), completed);
        if (completed) {
            Files.deleteIfExists(Path.of(file));
        }
    }
}
