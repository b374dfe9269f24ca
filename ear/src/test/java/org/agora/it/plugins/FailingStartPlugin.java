package org.agora.it.plugins;

import org.pf4j.Plugin;

/** A plugin that cannot start. */
public class FailingStartPlugin extends Plugin {

    @Override
    public void start() {
        throw new IllegalStateException("the plugin cannot start on purpose");
    }
}
