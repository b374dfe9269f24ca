package org.agora.people.importing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Set;

/** Lets through the rows that the first step imported, so their managers can be set. */
@Named
@Dependent
public class ManagerLinkFilter implements ItemProcessor {

    @Inject
    @BatchProperty
    String runId;

    @EJB
    ImportRuns runs;

    private Set<Integer> rejected;

    @Override
    public Object processItem(Object item) {
        if (rejected == null) {
            rejected = runs.rejectedLines(Long.parseLong(runId));
        }
        EmployeeRow row = (EmployeeRow) item;
        return rejected.contains(row.line()) ? null : row;
    }
}
