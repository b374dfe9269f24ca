package org.agora.plugins.testkit;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.PluginSettings;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingsProvider;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentTypeProvider;
import org.agora.plugins.api.content.SearchHit;
import org.agora.plugins.api.events.HostEvent;
import org.agora.plugins.api.events.HostEventListener;

/**
 * An Agora host in memory for one plugin, for unit tests.
 *
 * <pre>{@code
 * TestHost host = TestHost.forPlugin("wiki").declaring(new WikiSettings(), new WikiPermissions());
 * PageResult result = host.handle(new WikiPages(), Requests.get("/").as(TestHost.member("Ada")).build());
 * assertThat(host.records().all()).isEmpty();
 * assertThat(host.notifications()).isEmpty();
 * }</pre>
 *
 * <p>Messages come from {@code i18n/messages*.properties} on the test's class path (the plugin's own bundle), as
 * the host reads them from the jar. Settings start at their declared defaults; {@link #setting} changes one as an
 * administrator would, checking it against its declaration. Notifications are kept for assertions.
 */
public final class TestHost {

    private final String pluginId;
    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final Map<String, SettingDefinition> settings = new HashMap<>();
    private final Map<String, String> saved = new HashMap<>();
    private final List<PermissionDefinition> permissions = new ArrayList<>();
    private final List<PluginNotification> notifications = new ArrayList<>();
    private final Map<Long, Map<String, String>> spaceSaved = new HashMap<>();
    private final Map<String, Set<String>> roles = new HashMap<>();
    private final Set<String> contentTypes = new HashSet<>();
    private final InMemoryContentItems content;
    private ClassLoader bundles = TestHost.class.getClassLoader();

    private TestHost(String pluginId) {
        this.pluginId = pluginId;
        this.content = new InMemoryContentItems(pluginId, contentTypes, records);
    }

    /** @return a host for the plugin with this id, with empty storage */
    public static TestHost forPlugin(String pluginId) {
        return new TestHost(pluginId);
    }

    /** Reads the settings and permissions that these extensions declare, as the host does when a plugin starts. */
    public TestHost declaring(Object... extensions) {
        for (Object extension : extensions) {
            if (extension instanceof SettingsProvider s) {
                s.settings().forEach(d -> settings.put(d.key(), d));
            }
            if (extension instanceof PermissionProvider p) {
                permissions.addAll(p.permissions());
            }
            if (extension instanceof ContentTypeProvider c) {
                c.contentTypes().forEach(t -> contentTypes.add(t.key()));
            }
        }
        return this;
    }

    /** Reads messages through {@code loader} instead of the test kit's class loader. */
    public TestHost messagesFrom(ClassLoader loader) {
        bundles = loader;
        return this;
    }

    /**
     * Saves a setting as an administrator would.
     *
     * @throws IllegalArgumentException for an undeclared key or a value that does not fit its type
     */
    public TestHost setting(String key, String value) {
        SettingDefinition d = definition(key);
        String problem = d.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(key + ": " + problem);
        }
        saved.put(key, value);
        return this;
    }

    /**
     * Saves a space's own value of a setting declared {@code perSpace}, as the space's owners would.
     *
     * @throws IllegalArgumentException for an undeclared key, a company-wide setting or a value that does not fit
     */
    public TestHost spaceSetting(long spaceId, String key, String value) {
        SettingDefinition d = definition(key);
        if (!d.perSpace()) {
            throw new IllegalArgumentException(key + " is a company-wide setting");
        }
        String problem = d.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(key + ": " + problem);
        }
        spaceSaved.computeIfAbsent(spaceId, id -> new HashMap<>()).put(key, value);
        return this;
    }

    /** Gives a declared permission to these roles instead of its defaults, as an administrator would. */
    public TestHost permissionRoles(String permission, String... newRoles) {
        if (permissions.stream().noneMatch(p -> p.key().equals(permission))) {
            throw new IllegalArgumentException("plugin " + pluginId + " declares no permission " + permission);
        }
        roles.put(permission, Set.of(newRoles));
        return this;
    }

    /** @return the plugin's content items, to check what handlers published */
    public InMemoryContentItems content() {
        return content;
    }

    /** @return the plugin's storage, to prepare data and check what handlers stored */
    public InMemoryRecordStore records() {
        return records;
    }

    /** @return the notifications the plugin sent, in order */
    public List<PluginNotification> notifications() {
        return List.copyOf(notifications);
    }

    /** @return the context the plugin gets on each call */
    public PluginContext context() {
        return new PluginContext() {
            @Override
            public String pluginId() {
                return pluginId;
            }

            @Override
            public InMemoryRecordStore records() {
                return records;
            }

            @Override
            public String renderMarkdown(String markdown) {
                return "<p>" + escape(markdown) + "</p>";
            }

            @Override
            public PluginSettings settings() {
                return key -> saved.getOrDefault(key, definition(key).defaultValue());
            }

            @Override
            public Messages messages(Locale locale) {
                return TestHost.this.messages(locale);
            }

            @Override
            public boolean permitted(Viewer viewer, String permission) {
                return permissions.stream().anyMatch(p -> p.key().equals(permission)
                        && PermissionDefinition.grantedTo(viewer, rolesOf(p)));
            }

            @Override
            public boolean permitted(Viewer viewer, SpaceRef space, String permission) {
                return permissions.stream().anyMatch(p -> p.key().equals(permission)
                        && PermissionDefinition.grantedTo(viewer, space, rolesOf(p)));
            }

            @Override
            public PluginSettings settings(SpaceRef space) {
                return key -> {
                    SettingDefinition d = definition(key);
                    String own = d.perSpace() ? spaceSaved.getOrDefault(space.id(), Map.of()).get(key) : null;
                    return own != null ? own : saved.getOrDefault(key, d.defaultValue());
                };
            }

            @Override
            public InMemoryContentItems content() {
                return content;
            }

            @Override
            public List<SearchHit> search(Viewer viewer, String query, int limit) {
                return content.search(query, limit);
            }

            @Override
            public void notify(PluginNotification notification) {
                synchronized (notifications) {
                    notifications.add(notification);
                }
            }
        };
    }

    /** Calls a page handler as the host does; a thrown exception reaches the test. */
    public PageResult handle(PageHandler handler, PageRequest request) throws Exception {
        return handler.handle(request, context());
    }

    /** Delivers an event to listeners as the host does after a commit. */
    public void dispatch(HostEvent event, HostEventListener... listeners) throws Exception {
        for (HostEventListener listener : listeners) {
            listener.on(event, context());
        }
    }

    /** Runs one run of a periodic task now. */
    public void run(PeriodicTask task) throws Exception {
        task.run(context());
    }

    /** @return the plugin's messages in {@code locale}, English when the language has no bundle */
    public Messages messages(Locale locale) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle("i18n.messages", locale, bundles,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            bundle = null;
        }
        ResourceBundle found = bundle;
        return new Messages() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String get(String key, Object... args) {
                if (found == null || !found.containsKey(key)) {
                    return key;
                }
                return new MessageFormat(found.getString(key), locale).format(args == null ? new Object[0] : args);
            }
        };
    }

    /** @return a member with this name, id 1 and e-mail derived from the name */
    public static Viewer member(String name) {
        return viewer(1, name, "member");
    }

    /** @return an administrator with this name and id 2 */
    public static Viewer admin(String name) {
        return viewer(2, name, "member", "admin");
    }

    /** @return a person with these roles */
    public static Viewer viewer(long id, String name, String... roles) {
        return new Viewer(id, name,
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@example.test", Set.of(roles));
    }

    private Set<String> rolesOf(PermissionDefinition p) {
        return roles.getOrDefault(p.key(), p.defaultRoles());
    }

    private SettingDefinition definition(String key) {
        SettingDefinition d = settings.get(key);
        if (d == null) {
            throw new IllegalArgumentException("plugin " + pluginId + " declares no setting " + key);
        }
        return d;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
