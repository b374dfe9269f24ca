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
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Properties;
import org.agora.config.AgoraConfig;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * Employee imports: an uploaded file is kept on the server and previewed (its first rows and their problems), then
 * imported by the {@code employee-import} batch job once the administrator confirms.
 */
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
     * Keeps an uploaded file on the server, after checking its header, until the administrator has seen its preview
     * and confirms the import.
     *
     * @return the token that names the file
     * @throws InvalidInputException if the file is empty, too big or lacks a column
     */
    public String stage(String fileName, InputStream content) {
        String token = UUID.randomUUID().toString();
        try {
            Path file = staged(token);
            Files.createDirectories(file.getParent());
            forgetAbandoned(file.getParent());
            long size;
            try (InputStream limited = content) {
                size = Files.copy(limited, file, StandardCopyOption.REPLACE_EXISTING);
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
            Files.writeString(name(token), fileName == null || fileName.isBlank() ? "employees.csv" : fileName,
                    StandardCharsets.UTF_8);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("The import file could not be stored", e);
        }
    }

    /**
     * @return the first rows of a staged file with their problems, and how many rows of the whole file have one
     * @throws UnknownItemException if no file is staged under the token (imported already, or never)
     */
    public ImportPreview preview(String token, int shownRows) {
        Path file = existing(token);
        try {
            ImportFacts.Survey survey = ImportFacts.survey(file, runs.knownEmails());
            ImportFacts facts = survey.facts();
            List<ImportPreview.Row> rows = new ArrayList<>();
            int problems = 0;
            try (EmployeeCsv csv = new EmployeeCsv(Files.newInputStream(file))) {
                for (EmployeeRow row = csv.next(); row != null; row = csv.next()) {
                    RowProblem problem = row.problem(facts).orElse(null);
                    problems += problem == null ? 0 : 1;
                    if (rows.size() < shownRows) {
                        rows.add(new ImportPreview.Row(row.line(), List.of(row.name(), row.email(), row.department(),
                                row.jobTitle(), row.managerEmail()), problem));
                    }
                }
                String separator = switch (csv.separator()) {
                    case ';' -> "semicolon";
                    case '\t' -> "tab";
                    default -> "comma";
                };
                return new ImportPreview(token, Files.readString(name(token), StandardCharsets.UTF_8), separator,
                        csv.charset().name(), EmployeeCsv.columns().stream().map(facts::header).toList(),
                        survey.rows(), problems, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The import file could not be read", e);
        }
    }

    /**
     * Starts the import of a staged file, once.
     *
     * @return the id of the import run, to follow its progress
     * @throws UnknownItemException if no file is staged under the token (imported already, or never)
     */
    public long start(String token, long adminId) {
        Path stagedFile = existing(token);
        try {
            String fileName = Files.readString(name(token), StandardCharsets.UTF_8);
            Path file = Files.createTempFile(stagedFile.getParent(), "employees-", ".csv");
            // moved, so that a second confirmation finds nothing to import
            Files.move(stagedFile, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(name(token));
            long runId = runs.create(fileName, adminId);
            Properties parameters = new Properties();
            parameters.setProperty("file", file.toAbsolutePath().toString());
            parameters.setProperty("runId", Long.toString(runId));
            runs.started(runId, BatchRuntime.getJobOperator().start(JOB, parameters));
            return runId;
        } catch (NoSuchFileException e) {
            throw new UnknownItemException("error.import.staged");
        } catch (IOException e) {
            throw new UncheckedIOException("The import file could not be moved", e);
        }
    }

    // files previewed but never imported hold people's addresses: they are kept a day at most
    private static void forgetAbandoned(Path folder) throws IOException {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("staged-")).toList()) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(dayAgo)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private Path existing(String token) {
        if (token == null || !token.matches("[0-9a-f-]{36}") || !Files.isRegularFile(staged(token))) {
            throw new UnknownItemException("error.import.staged");
        }
        return staged(token);
    }

    private Path staged(String token) {
        return config.dataDir().resolve("imports").resolve("staged-" + token + ".csv");
    }

    private Path name(String token) {
        return config.dataDir().resolve("imports").resolve("staged-" + token + ".name");
    }
}
