package org.agora.plugins.extensions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginMessages;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.agora.plugins.api.Viewer;

/**
 * The menu entries of running plugins for one reader: labels in the reader's language, entries whose permission
 * the reader lacks left out, and for tabs the space or person added to the address. What a plugin answers for a
 * menu is kept for a minute ({@link NavigationContributor}): every page draws the top menu, and asking each plugin
 * is a call on another thread.
 */
@ApplicationScoped
public class PluginMenus {

    private static final Logger LOG = Logger.getLogger(PluginMenus.class.getName());

    /** How long a plugin's answer for a menu is used before the plugin is asked again. */
    static final Duration FRESH = Duration.ofMinutes(1);

    @Inject
    PluginRuntime host;

    @Inject
    PluginPermissions permissions;

    private record Question(String pluginId, MenuLocation location) {
    }

    /** The extension that answered, so that a restarted plugin, whose extension is new, is asked again. */
    private record Answer(Object extension, List<MenuEntry> entries, Instant asked) {
    }

    private final Map<Question, Answer> answers = new ConcurrentHashMap<>();

    /**
     * @param location the menu
     * @param viewer   the reader
     * @param locale   the reader's language
     * @param query    what the host adds to each address, such as {@code ?person=12}, or empty
     * @return the entries, in order, leaving out those whose company-wide permission the reader lacks
     */
    public List<PluginMenuEntry> entries(MenuLocation location, Viewer viewer, Locale locale, String query) {
        return entries(location, locale, query,
                (pluginId, permission) -> permissions.permitted(pluginId, viewer, permission));
    }

    /**
     * @return the tabs of a space's page, leading to {@code ?space=ID}, leaving out those whose permission the reader
     *         lacks in that space, where space members and managers hold their space roles
     */
    public List<PluginMenuEntry> spaceTabs(Viewer viewer, Locale locale, long spaceId) {
        return entries(MenuLocation.SPACE_TABS, locale, "?space=" + spaceId,
                (pluginId, permission) -> permissions.permitted(pluginId, viewer, spaceId, permission));
    }

    private List<PluginMenuEntry> entries(MenuLocation location, Locale locale, String query,
                                          BiPredicate<String, String> permitted) {
        List<PluginMenuEntry> entries = new ArrayList<>();
        List<PluginExtension<NavigationContributor>> contributors = host.extensions(NavigationContributor.class);
        for (PluginExtension<NavigationContributor> c : contributors) {
            try {
                List<MenuEntry> mine = ask(c, location);
                PluginMessages messages = PluginMessages.of(c.loader(), locale);
                for (MenuEntry e : mine) {
                    if (e.permission() == null || permitted.test(c.pluginId(), e.permission())) {
                        entries.add(new PluginMenuEntry(c.pluginId(), messages.find(e.label()).orElse(e.label()),
                                "/m/" + c.pluginId() + e.path() + query, e.order()));
                    }
                }
            } catch (PluginFailedException e) {
                // the host logged why; a suspended plugin is left out of every page's menu until it runs again
                LOG.fine(() -> "Plugin " + c.pluginId() + " gave no " + location + " menu: " + e.getMessage());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Plugin " + c.pluginId() + " failed to give its " + location + " menu", e);
            }
        }
        entries.sort(Comparator.comparingInt(PluginMenuEntry::order).thenComparing(PluginMenuEntry::label));
        // an uninstalled plugin's answers would keep its class loader
        Set<String> running = contributors.stream().map(PluginExtension::pluginId).collect(Collectors.toSet());
        answers.keySet().removeIf(q -> !running.contains(q.pluginId()));
        return entries;
    }

    /**
     * @return what the plugin answered for that menu less than {@link #FRESH} ago, if it answers as usual, or else
     *         its answer now, within its time limit: a plugin that hangs here must not hang every page
     */
    private List<MenuEntry> ask(PluginExtension<NavigationContributor> c, MenuLocation location) {
        Question question = new Question(c.pluginId(), location);
        Answer known = answers.get(question);
        Instant now = Instant.now();
        if (known != null && known.extension() == c.extension() && known.asked().plus(FRESH).isAfter(now)
                && host.answering(c.pluginId())) {
            return known.entries();
        }
        List<MenuEntry> mine = List.copyOf(host.call(c.pluginId(), () -> c.extension().entries(location)));
        answers.put(question, new Answer(c.extension(), mine, now));
        return mine;
    }
}
