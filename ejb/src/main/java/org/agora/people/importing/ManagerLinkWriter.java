package org.agora.people.importing;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.agora.database.LostRaceException;

/** Sets the managers of a chunk of imported rows. */
@Named
@Dependent
public class ManagerLinkWriter extends AbstractItemWriter {

    @EJB
    ImportRuns runs;

    @Override
    public void writeItems(List<Object> items) {
        try {
            runs.linkManagers(items.stream().map(EmployeeRow.class::cast).toList());
        } catch (RuntimeException e) {
            throw LostRaceException.orItself(e);
        }
    }
}
