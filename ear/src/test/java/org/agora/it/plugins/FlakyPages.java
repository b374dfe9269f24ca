package org.agora.it.plugins;

import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;

/** A plugin whose page fails when asked to ({@code ?fail=yes}) and answers otherwise. */
public class FlakyPages implements PageHandler {

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        if (request.parameter("fail").isPresent()) {
            throw new IllegalStateException("the flaky plugin fails on purpose");
        }
        return new PageResult.Json("{\"answered\":true}");
    }
}
