package org.agora.it.gate;

import java.util.Map;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.pf4j.Extension;

/** Answers at once with a view whose model object hangs when the template reads it. */
@Extension
public class SlowViewPages implements PageHandler {

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        return PageResult.view("slow", "Slow", Map.of("slow", new SlowModel()));
    }
}
