package org.agora.search.rebuild;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.agora.search.SearchService;

/**
 * Ends a rebuild: items the rebuild did not rewrite no longer exist, so they leave the index. Items changed during
 * the rebuild were written after it started and stay.
 */
@Named
@Dependent
public class RebuildFinish extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String started;

    @EJB
    SearchService search;

    @Override
    public String process() throws Exception {
        search.finishRebuild(Long.parseLong(started));
        return "COMPLETED";
    }
}
