package org.agora.plugins.api;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.agora.plugins.api.content.ContentItems;
import org.agora.plugins.api.content.SearchHit;

/**
 * The services Agora offers a plugin during one call.
 *
 * <p>Implemented by the host, and by the plugin test kit for unit tests; plugins only call it.
 */
public interface PluginContext {

    /** @return the id of the plugin being called */
    String pluginId();

    /**
     * @return the version of the plugin being called, as its manifest states it ({@code Plugin-Version})
     * @since 1.2.0
     */
    String pluginVersion();

    /**
     * @return the host's clock: use it rather than {@code Instant.now()}, so that the test kit can move time on
     *         (deadlines, reminders, weekly limits)
     * @since 1.2.0
     */
    Clock clock();

    /** @return the plugin's own record storage */
    RecordStore records();

    /**
     * Renders Markdown the way Agora renders posts: CommonMark with tables and autolinks, then sanitised so that
     * no script, event handler or unsafe URL survives. Headings start at level two ({@code # Title} gives
     * {@code <h2>}), under the page's own title.
     *
     * @param markdown the source text
     * @return safe HTML
     */
    String renderMarkdown(String markdown);

    /**
     * @return the plugin's company-wide settings, as administrators saved them on the plugin's settings page
     * @since 1.1.0
     */
    PluginSettings settings();

    /**
     * @param locale a language, usually {@link PageRequest#locale()}
     * @return the plugin's messages ({@code i18n/messages*.properties} in the plugin jar) in that language
     * @since 1.1.0
     */
    Messages messages(Locale locale);

    /**
     * Tells whether a person holds one of the plugin's permissions: administrators hold them all, others hold
     * those whose roles include one of their company-wide roles; the roles are the declared defaults until an
     * administrator changes them on the plugin's permissions page.
     *
     * @param viewer     the person
     * @param permission a key declared by the plugin's {@link PermissionProvider}
     * @return true if the person holds it; false for a key the plugin did not declare
     * @since 1.1.0
     */
    boolean permitted(Viewer viewer, String permission);

    /**
     * Tells whether a person holds one of the plugin's permissions in a space: besides their company roles, a
     * member of the space holds the role {@link PermissionDefinition#SPACE_MEMBER} there and a space owner or
     * moderator also {@link PermissionDefinition#SPACE_MANAGER}. Administrators hold every permission; the roles
     * are the declared defaults until an administrator changes them on the plugin's permissions page.
     *
     * @param viewer     the person
     * @param space      the space, usually {@link PageRequest#space()}
     * @param permission a key declared by the plugin's {@link PermissionProvider}
     * @return true if the person holds it there; false for a key the plugin did not declare
     * @since 1.1.0
     */
    boolean permitted(Viewer viewer, SpaceRef space, String permission);

    /**
     * @param space a space
     * @return the plugin's settings in that space: for a setting declared {@link SettingDefinition#perSpace()},
     *         what the space's owners saved on the space's modules page; otherwise, and until they save, the
     *         company-wide value
     * @since 1.1.0
     */
    PluginSettings settings(SpaceRef space);

    /**
     * @return the plugin's content items, which the host shows in feeds, searches, and lets people comment and react
     *         on
     * @since 1.1.0
     */
    ContentItems content();

    /**
     * Searches Agora as the viewer would on the search page, with the same query language; the results are already
     * filtered by what the viewer may read now.
     *
     * @param viewer the person searching
     * @param query  the words, at most 200 characters
     * @param limit  at most this many results, 1 to 50
     * @return the best results first
     * @since 1.1.0
     */
    List<SearchHit> search(Viewer viewer, String query, int limit);

    /**
     * Puts a notification in a person's in-app notification list (the bell), from this plugin.
     *
     * @param notification to whom, what and where it leads
     * @since 1.1.0
     */
    void notify(PluginNotification notification);

    /**
     * @return the company's people, to look colleagues up and pick them
     * @since 1.2.0
     */
    People people();

    /**
     * @return the plugin's background jobs, to start them and follow their progress
     * @since 1.3.0
     */
    Jobs jobs();
}
