package org.agora.people.importing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.agora.database.LostRaceException;

/** Writes a chunk of checked rows: people created or updated, problems recorded, counts added. */
@Named
@Dependent
public class EmployeeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String runId;

    @EJB
    ImportRuns runs;

    @Override
    public void writeItems(List<Object> items) {
        try {
            runs.apply(Long.parseLong(runId), items.stream().map(ImportItem.class::cast).toList());
        } catch (RuntimeException e) {
            throw LostRaceException.orItself(e);
        }
    }
}
