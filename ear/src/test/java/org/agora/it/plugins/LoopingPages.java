package org.agora.it.plugins;

import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;

/** A plugin whose pages never finish; it stops when the host interrupts it. */
public class LoopingPages implements PageHandler {

    @Override
    public PageResult handle(PageRequest request, PluginContext context) throws InterruptedException {
        while (true) {
            Thread.sleep(50);
        }
    }
}
