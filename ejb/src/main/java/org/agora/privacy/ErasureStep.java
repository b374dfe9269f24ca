package org.agora.privacy;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** One step of the erasure job, named by its {@code step} property; its exit status is its line of the report. */
@Named
@Dependent
public class ErasureStep extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String step;

    @Inject
    JobContext job;

    @EJB
    ErasureSteps steps;

    @Override
    public String process() {
        // a restart runs with the parameters of the execution it resumes
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        long person = Long.parseLong(p.getProperty(ErasureService.PERSON));
        return switch (step) {
            case "hide" -> steps.hide(person, p.getProperty(ErasureService.FORMER_NAME));
            case "plugins" -> steps.plugins(person);
            case "conversations" -> steps.conversations(person);
            case "traces" -> steps.traces(person);
            case "content" -> steps.content(person, ErasurePolicy.valueOf(p.getProperty(ErasureService.POLICY)));
            case "finish" -> steps.finish(person);
            default -> throw new IllegalArgumentException("no erasure step " + step);
        };
    }
}
