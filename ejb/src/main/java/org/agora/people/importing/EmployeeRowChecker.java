package org.agora.people.importing;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Checks each row against the rules and the facts surveyed by the reader. */
@Named
@Dependent
public class EmployeeRowChecker implements ItemProcessor {

    @Inject
    JobContext job;

    @Override
    public Object processItem(Object item) {
        EmployeeRow row = (EmployeeRow) item;
        return new ImportItem(row, row.problem((ImportFacts) job.getTransientUserData())
                .map(RowProblem::encoded).orElse(null));
    }
}
