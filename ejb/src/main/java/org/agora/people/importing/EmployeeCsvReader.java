package org.agora.people.importing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the rows of the import file. In the first step it also surveys the file, so that duplicates and
 * managers defined further down are known before any row is checked.
 */
@Named
@Dependent
public class EmployeeCsvReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String file;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String survey;

    @Inject
    JobContext job;

    @EJB
    ImportRuns runs;

    private EmployeeCsv csv;
    private int position;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        if (Boolean.parseBoolean(survey) && job.getTransientUserData() == null) {
            job.setTransientUserData(surveyFile());
        }
        csv = new EmployeeCsv(Files.newInputStream(Path.of(file)));
        // opened again from a checkpoint when a chunk is run again
        position = 0;
        int skip = checkpoint == null ? 0 : (Integer) checkpoint;
        while (position < skip && csv.next() != null) {
            position++;
        }
    }

    private ImportFacts surveyFile() throws IOException {
        ImportFacts.Survey survey = ImportFacts.survey(Path.of(file), runs.knownEmails());
        runs.running(Long.parseLong(runId), survey.rows());
        return survey.facts();
    }

    @Override
    public Object readItem() {
        EmployeeRow row = csv.next();
        if (row != null) {
            position++;
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
    }
}
