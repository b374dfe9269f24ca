package org.agora.privacy;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the archive of the job's export, reporting its progress for the page's progress bar. */
@Named
@Dependent
public class ArchiveWriter extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    ArchiveService archives;

    @EJB
    PersonalDataExport export;

    @Override
    public String process() throws Exception {
        long exportId = Long.parseLong(BatchRuntime.getJobOperator().getParameters(job.getExecutionId())
                .getProperty(ArchiveService.EXPORT));
        archives.forgetExpired();
        PersonalExportTask task = archives.task(exportId);
        try {
            Files.createDirectories(task.file().getParent());
            // written aside and moved, so that a download never reads half an archive
            Path part = task.file().resolveSibling(task.file().getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                export.writeArchive(task.personId(), out, percent -> archives.progress(exportId, percent));
            }
            Files.move(part, task.file(), StandardCopyOption.REPLACE_EXISTING);
            archives.ready(exportId, Files.size(task.file()));
            return "COMPLETED";
        } catch (Exception e) {
            archives.failed(exportId);
            throw e;
        }
    }
}
