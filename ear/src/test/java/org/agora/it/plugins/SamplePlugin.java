package org.agora.it.plugins;

import org.pf4j.Plugin;

/** The plugin class of the test plugins. */
public class SamplePlugin extends Plugin {
}
