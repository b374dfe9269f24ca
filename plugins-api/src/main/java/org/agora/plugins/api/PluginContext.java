package org.agora.plugins.api;

/** The services Agora offers a plugin during one call. */
public interface PluginContext {

    /** @return the id of the plugin being called */
    String pluginId();

    /** @return the plugin's own record storage */
    RecordStore records();

    /**
     * Renders Markdown the way Agora renders posts: CommonMark with tables and autolinks, then sanitised so that
     * no script, event handler or unsafe URL survives.
     *
     * @param markdown the source text
     * @return safe HTML
     */
    String renderMarkdown(String markdown);
}
