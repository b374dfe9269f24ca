package org.agora.content;

import java.util.Set;

/**
 * The modules (plugins) that run now. A content item of a module that is disabled or uninstalled is hidden from
 * feeds, hashtag pages, post pages and search until the module runs again: its own pages are gone, so its cards
 * would lead nowhere. Implemented by the plugin host; the feed and search ask it, without depending on plugins.
 */
public interface RunningModules {

    /** @return the ids of the plugins whose content items may be shown */
    Set<String> running();
}
