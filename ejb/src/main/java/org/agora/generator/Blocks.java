package org.agora.generator;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Properties;

/**
 * Reads the indexes of one kind of row (people, posts, comments, reactions) as blocks of {@value #SIZE}: each item is
 * the first index of a block, and the checkpoint is the next one, so that a restarted job goes on where it stopped.
 */
@Dependent
@Named("generatorBlocks")
public class Blocks extends AbstractItemReader {

    static final int SIZE = 1000;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String kind;

    private long next;
    private long total;

    @Override
    public void open(Serializable checkpoint) {
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        total = Long.parseLong(p.getProperty(kind));
        next = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (next >= total) {
            return null;
        }
        long block = next;
        next += SIZE;
        return block;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
