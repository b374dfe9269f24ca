package org.agora.plugins.testkit;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.agora.plugins.api.BackgroundJob;
import org.agora.plugins.api.Jobs;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PanelContributor;
import org.agora.plugins.api.PanelRequest;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.agora.plugins.api.PersonCard;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.UpgradeHook;
import org.agora.plugins.api.events.PersonErased;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.PluginSettings;
import org.agora.plugins.api.PublicPageHandler;
import org.agora.plugins.api.PublicRequest;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingsProvider;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentCardContributor;
import org.agora.plugins.api.content.ContentCardRequest;
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
 * administrator would, checking it against its declaration. Notifications are kept for assertions, and
 * {@link #notificationTexts} words them in a reader's language as the host's notification list does.
 */
public final class TestHost {

    private final String pluginId;
    private final TestClock clock = new TestClock();
    private final InMemoryRecordStore records = new InMemoryRecordStore(clock);
    private final TestPeople people = new TestPeople();
    private final TestJobs jobs = new TestJobs(this::context);
    private final Map<Long, Boolean> openSpaces = new HashMap<>();
    private String version = "1.0.0";
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
        this.content = new InMemoryContentItems(pluginId, contentTypes, records, clock, this::mayRead,
                id -> people.byId(id).map(p -> p.name()).orElse("Person " + id));
    }

    /** @return a host for the plugin with this id, with empty storage */
    public static TestHost forPlugin(String pluginId) {
        return new TestHost(pluginId);
    }

    /**
     * Reads the settings, permissions, content types and background jobs that these extensions declare, as the host
     * does when a plugin starts.
     */
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
            if (extension instanceof BackgroundJob j) {
                jobs.declare(j);
            }
        }
        return this;
    }

    /** @return the background jobs the plugin started, with their progress */
    public List<Jobs.JobStatus> jobs() {
        return jobs.all();
    }

    /**
     * Runs one part of the first background job not ended, as the host does in the background.
     *
     * @return false if every job had ended
     */
    public boolean runJobPart() {
        return jobs.runPart();
    }

    /** Runs the background jobs started until each finished or failed. */
    public void runJobs() {
        while (jobs.runPart()) {
            Thread.onSpinWait();
        }
    }

    /** Runs the plugin as this version ({@code PluginContext.pluginVersion()}); 1.0.0 otherwise. */
    public TestHost version(String pluginVersion) {
        this.version = pluginVersion;
        return this;
    }

    /** @return the host's clock, which tests move on */
    public TestClock clock() {
        return clock;
    }

    /** @return the people directory, which {@link #employee} fills */
    public TestPeople people() {
        return people;
    }

    /**
     * Adds a member to the people directory ({@code PluginContext.people()}) and to the search stand-in.
     *
     * @return the person signed in, with an id of their own and a handle derived from the name
     */
    public Viewer employee(String name) {
        return employee(name, null, null, null, false);
    }

    /**
     * Adds a member with directory fields.
     *
     * @param showLocation whether colleagues may see the location ({@code People.card})
     */
    public Viewer employee(String name, String jobTitle, String department, String location, boolean showLocation) {
        Viewer viewer = member(name);
        people.add(new PersonCard(new PersonRef(viewer.id(), name, handle(name)), jobTitle, department, location),
                showLocation);
        return viewer;
    }

    /**
     * Declares a space, public or not: a non-member may not read the items of a space that is not public
     * ({@code ContentItems.find}, search). Items of spaces never declared are readable by everyone. The members added
     * with {@link #employee} are the space's members in {@code People.members}.
     */
    public TestHost space(long spaceId, boolean isPublic, Viewer... spaceMembers) {
        openSpaces.put(spaceId, isPublic);
        for (Viewer m : spaceMembers) {
            people.join(spaceId, m.id());
        }
        return this;
    }

    /** @return a space reference for pages ({@code PageRequest.space()}) of a declared space */
    public SpaceRef spaceRef(long spaceId, String name, Viewer viewer) {
        boolean member = people.isMember(spaceId, viewer.id());
        return new SpaceRef(spaceId, "space-" + spaceId, name, member, false);
    }

    /**
     * Exports a person's data as the host does: the records they own, then what the plugin's handler exports.
     *
     * @return {@code records} (the owned records) and {@code data} (the handler's data, or the 1.1 text)
     */
    public Map<String, Object> exportPersonalData(long personId, PersonalDataHandler handler) throws Exception {
        Map<String, Object> export = new java.util.LinkedHashMap<>();
        export.put("records", records.all().stream().filter(r -> Long.valueOf(personId).equals(r.ownerId()))
                .toList());
        Object data = handler.exportData(personId, context());
        export.put("data", data != null ? data : handler.export(personId, context()));
        return export;
    }

    /**
     * Erases a person's data in the host's order: the plugin's handler first, then the records the person owns are
     * deleted, then listeners hear {@link PersonErased}.
     */
    public void erasePersonalData(long personId, PersonalDataHandler handler, HostEventListener... listeners)
            throws Exception {
        handler.erase(personId, context());
        records.all().stream().filter(r -> Long.valueOf(personId).equals(r.ownerId()))
                .forEach(r -> records.delete(r.collection(), r.id()));
        dispatch(new PersonErased(personId, clock.instant()), listeners);
    }

    /**
     * Upgrades the plugin as the host does when a newer jar replaces an older one: the hook runs with the previous
     * version, on the records the older version left; then the plugin runs as {@code newVersion}.
     */
    public TestHost upgrade(UpgradeHook hook, String previousVersion, String newVersion) throws Exception {
        hook.upgrade(previousVersion, context());
        this.version = newVersion;
        return this;
    }

    /**
     * Renders a view as the host would show it to {@code viewer}: the plugin's template with Thymeleaf 3.1, the
     * host's fragments, the plugin's messages in {@code locale}, and the variables the host adds ({@code viewer},
     * {@code base}, {@code assets}, {@code csrf}).
     *
     * @return the HTML the host puts inside its layout
     * @throws org.thymeleaf.exceptions.TemplateProcessingException where the host would fail the page
     */
    public String render(PageResult.View view, Viewer viewer, Locale locale) {
        return new TemplateRenderer(bundles).render(pluginId, view, viewer, locale);
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

    /**
     * @param locale the reader's language
     * @return the notifications the plugin sent, in order, as a reader in {@code locale} sees them: a message of the
     *         plugin's bundle worded in that language (English when the bundle lacks it), a plain text as it is
     */
    public List<String> notificationTexts(Locale locale) {
        return notifications().stream().map(n -> n.isMessage()
                ? messages(locale).get(n.messageKey(), n.arguments().toArray()) : n.text()).toList();
    }

    /** @return the context the plugin gets on each call */
    public PluginContext context() {
        return new PluginContext() {
            @Override
            public String pluginId() {
                return pluginId;
            }

            @Override
            public String pluginVersion() {
                return version;
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public TestPeople people() {
                return people;
            }

            @Override
            public Jobs jobs() {
                return jobs;
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
                return TestHost.this.search(viewer, query, limit);
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

    /** Calls a public page handler as the host does for someone not signed in ({@code /public/m/...}). */
    public PageResult handle(PublicPageHandler handler, PublicRequest request) throws Exception {
        return handler.handle(request, context());
    }

    /**
     * Asks a panel contributor for its panel as the host does when it draws a page, and renders it as the host would
     * beside the page; the host would show nothing for an empty answer.
     *
     * @return the panel's HTML, or empty if the plugin shows none on that page
     * @since 1.4.0
     */
    public Optional<String> panel(PanelContributor contributor, PanelRequest request) {
        return contributor.panel(request, context())
                .map(p -> new TemplateRenderer(bundles).render(pluginId, p, request));
    }

    /**
     * Asks for what a plugin draws in the feed card of one of its items, as the host does when it draws the feed, and
     * renders it as the host would inside the card.
     *
     * @return the card's HTML, or empty if the card keeps its title and summary
     * @since 1.4.0
     */
    public Optional<String> card(ContentCardContributor contributor, ContentCardRequest request) {
        return contributor.card(request, context())
                .map(c -> new TemplateRenderer(bundles).render(pluginId, c, request));
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

    /**
     * @return a member with this name and an id and e-mail derived from it: two names, two people; the same name,
     *         the same person
     */
    public static Viewer member(String name) {
        return viewer(idOf(name), name, "member");
    }

    /** @return an administrator with this name, and an id and e-mail derived from it */
    public static Viewer admin(String name) {
        return viewer(idOf(name), name, "member", "admin");
    }

    /**
     * The stand-in for Agora's search: the people of the directory whose name matches, then the plugin's items
     * that contain every word and that the viewer may read.
     */
    public List<SearchHit> search(Viewer viewer, String query, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        people.find(viewer, query, limit).forEach(p -> hits.add(new SearchHit("person", p.name(), "",
                p.profilePath(), null, clock.instant())));
        content.search(viewer, query, limit).forEach(hits::add);
        return hits.stream().limit(Math.clamp(limit, 1, 50)).toList();
    }

    private boolean mayRead(Viewer viewer, Long spaceId) {
        return spaceId == null || openSpaces.getOrDefault(spaceId, true)
                || people.isMember(spaceId, viewer.id());
    }

    private static long idOf(String name) {
        // stable across runs and machines, unlike identity hash codes; far from the small ids tests write by hand
        return 1_000 + Integer.toUnsignedLong(name.hashCode()) % 1_000_000_000L;
    }

    private static String handle(String name) {
        return TestPeople.fold(name).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
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
