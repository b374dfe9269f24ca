package org.agora.people.importing;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.agora.config.AgoraConfig;
import org.agora.validation.InvalidInputException;

/** Starts employee imports as the {@code employee-import} batch job. */
@Stateless
// the run must be committed before the job, which runs on another thread, looks for it
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmployeeImportService {

    static final String JOB = "employee-import";

    @Inject
    AgoraConfig config;

    @EJB
    ImportRuns runs;

    /**
     * @return the state of an import; a job that ended without finishing its run (it could not start, or the
     *         server stopped under it) is reported as failed
     */
    public Optional<ImportRunView> view(long runId) {
        Optional<ImportRunView> run = runs.view(runId);
        if (run.isEmpty() || run.get().finished() || run.get().executionId() == null) {
            return run;
        }
        BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(run.get().executionId()).getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.ABANDONED) {
            runs.finish(runId, false);
            return runs.view(runId);
        }
        return run;
    }

    /**
     * Checks the file's header, keeps the file and starts the job.
     *
     * @return the id of the import run, to follow its progress
     * @throws InvalidInputException if the file is empty, too big or lacks a column
     */
    public long start(String fileName, InputStream content, long adminId) {
        try {
            Path folder = Files.createDirectories(config.dataDir().resolve("imports"));
            Path file = Files.createTempFile(folder, "employees-", ".csv");
            long size;
            try (InputStream limited = content) {
                size = Files.copy(limited, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (size == 0 || size > config.uploadMaxBytes()) {
                Files.delete(file);
                throw new InvalidInputException("file", size == 0 ? "error.import.missing"
                        : "error.import.tooLarge", config.uploadMaxMegabytes());
            }
            try (EmployeeCsv csv = new EmployeeCsv(Files.newInputStream(file))) {
                csv.next();
            } catch (InvalidInputException e) {
                Files.delete(file);
                throw e;
            }
            long runId = runs.create(fileName == null || fileName.isBlank() ? "employees.csv" : fileName, adminId);
            Properties parameters = new Properties();
            parameters.setProperty("file", file.toAbsolutePath().toString());
            parameters.setProperty("runId", Long.toString(runId));
            runs.started(runId, BatchRuntime.getJobOperator().start(JOB, parameters));
            return runId;
        } catch (IOException e) {
            throw new UncheckedIOException("The import file could not be stored", e);
        }
    }
}
