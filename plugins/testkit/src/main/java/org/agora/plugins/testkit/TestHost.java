package org.agora.plugins.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.agora.plugins.api.PermissionProvider;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.UpgradeHook;
import org.agora.plugins.api.events.PersonErased;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.PublicPageHandler;
import org.agora.plugins.api.PublicRequest;
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
    private final TestSpaces spaces = new TestSpaces(people);
    private String version = "1.0.0";
    private final DeclaredSettings settings;
    private final DeclaredPermissions permissions;
    private final List<PluginNotification> notifications = new ArrayList<>();
    private final Set<String> contentTypes = new HashSet<>();
    private final InMemoryContentItems content;
    private ClassLoader bundles = TestHost.class.getClassLoader();

    private TestHost(String pluginId) {
        this.pluginId = pluginId;
        this.settings = new DeclaredSettings(pluginId);
        this.permissions = new DeclaredPermissions(pluginId);
        this.content = new InMemoryContentItems(pluginId, contentTypes, records, clock, spaces::mayRead,
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
                settings.declare(s);
            }
            if (extension instanceof PermissionProvider p) {
                permissions.declare(p);
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
        people.add(TestViewers.card(viewer, jobTitle, department, location), showLocation);
        return viewer;
    }

    /**
     * Declares a space, public or not: a non-member may not read the items of a space that is not public
     * ({@code ContentItems.find}, search). Items of spaces never declared are readable by everyone. The members added
     * with {@link #employee} are the space's members in {@code People.members}.
     */
    public TestHost space(long spaceId, boolean isPublic, Viewer... spaceMembers) {
        spaces.declare(spaceId, isPublic, spaceMembers);
        return this;
    }

    /** @return a space reference for pages ({@code PageRequest.space()}) of a declared space */
    public SpaceRef spaceRef(long spaceId, String name, Viewer viewer) {
        return spaces.ref(spaceId, name, viewer);
    }

    /**
     * Exports a person's data as the host does: the records they own, then what the plugin's handler exports.
     *
     * @return {@code records} (the owned records) and {@code data} (the handler's data, or the 1.1 text)
     */
    public Map<String, Object> exportPersonalData(long personId, PersonalDataHandler handler) throws Exception {
        return TestPrivacy.export(personId, handler, records, context());
    }

    /**
     * Erases a person's data in the host's order: the plugin's handler first, then the records the person owns are
     * deleted, then listeners hear {@link PersonErased}.
     */
    public void erasePersonalData(long personId, PersonalDataHandler handler, HostEventListener... listeners)
            throws Exception {
        TestPrivacy.erase(personId, handler, records, context());
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
        settings.save(key, value);
        return this;
    }

    /**
     * Saves a space's own value of a setting declared {@code perSpace}, as the space's owners would.
     *
     * @throws IllegalArgumentException for an undeclared key, a company-wide setting or a value that does not fit
     */
    public TestHost spaceSetting(long spaceId, String key, String value) {
        settings.saveForSpace(spaceId, key, value);
        return this;
    }

    /** Gives a declared permission to these roles instead of its defaults, as an administrator would. */
    public TestHost permissionRoles(String permission, String... newRoles) {
        permissions.give(permission, newRoles);
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
        return new TestPluginContext(this);
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
        return BundleMessages.of(bundles, locale);
    }

    /**
     * @return a member with this name and an id and e-mail derived from it: two names, two people; the same name,
     *         the same person
     */
    public static Viewer member(String name) {
        return TestViewers.named(name, "member");
    }

    /** @return an administrator with this name, and an id and e-mail derived from it */
    public static Viewer admin(String name) {
        return TestViewers.named(name, "member", "admin");
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

    /** @return a person with these roles */
    public static Viewer viewer(long id, String name, String... roles) {
        return TestViewers.viewer(id, name, roles);
    }

    String pluginId() {
        return pluginId;
    }

    String pluginVersion() {
        return version;
    }

    TestJobs backgroundJobs() {
        return jobs;
    }

    DeclaredSettings declaredSettings() {
        return settings;
    }

    DeclaredPermissions declaredPermissions() {
        return permissions;
    }

    void notified(PluginNotification notification) {
        synchronized (notifications) {
            notifications.add(notification);
        }
    }
}
