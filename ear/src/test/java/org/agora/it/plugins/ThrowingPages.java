package org.agora.it.plugins;

import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;

/** A plugin whose every page fails. */
public class ThrowingPages implements PageHandler {

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        throw new IllegalStateException("the throwing plugin fails on purpose");
    }
}
