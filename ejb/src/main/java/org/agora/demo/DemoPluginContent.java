package org.agora.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.agora.config.AgoraConfig;
import org.agora.people.model.Person;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.DemoContent;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.extensions.PluginContexts;
import org.agora.plugins.extensions.PluginRunner;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.spaces.model.Space;

/**
 * In demo mode, lets each running plugin add its own demo content ({@link DemoContent}) once, after the demo
 * company is seeded: at this start, or at the first start after the plugin was installed. It waits for a timer
 * because plugins are called on managed threads, which Liberty only runs once the application has started.
 */
@Singleton
@Startup
@DependsOn({"DemoCompany", "PluginHost"})
public class DemoPluginContent {

    private static final Logger LOG = Logger.getLogger(DemoPluginContent.class.getName());

    @Inject
    AgoraConfig config;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    PluginRuntime plugins;

    @Inject
    PluginContexts contexts;

    @Inject
    PluginRunner runner;

    /** How long a plugin may take to write its demo content. */
    static final Duration SEEDING_LIMIT = Duration.ofMinutes(2);

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        if (config.demo()) {
            timers.createSingleActionTimer(Duration.ofSeconds(1).toMillis(), new TimerConfig(null, false));
        }
    }

    @Timeout
    void seed() {
        Set<String> seeded = em.createQuery("SELECT d.pluginId FROM DemoContentSeeded d", String.class)
                .getResultStream().collect(Collectors.toSet());
        List<PluginExtension<DemoContent>> due = new ArrayList<>();
        for (PluginExtension<DemoContent> demo : plugins.extensions(DemoContent.class)) {
            if (seeded.add(demo.pluginId())) {
                // remembered first: a plugin whose demo content fails is not tried again at every start
                em.persist(new DemoContentSeeded(demo.pluginId(), Instant.now()));
                due.add(demo);
            }
        }
        if (!due.isEmpty()) {
            seedInTurn(company(), due.iterator());
        }
    }

    /**
     * Seeds one plugin after the other: demos written side by side, each in long transactions, made Derby time out
     * on the locks of the rows they share (the search outbox, the feed).
     */
    private void seedInTurn(DemoCompany company, Iterator<PluginExtension<DemoContent>> due) {
        PluginExtension<DemoContent> demo = due.next();
        String pluginId = demo.pluginId();
        // a whole demo is more work than a page: its own thread and a longer limit than plugin calls have
        runner.start(demo, "demo content", SEEDING_LIMIT, () -> {
            demo.extension().seed(company, contexts.forPlugin(pluginId));
            LOG.info(() -> "Demo content of plugin " + pluginId + " seeded");
        }, () -> {
            if (due.hasNext()) {
                seedInTurn(company, due);
            }
        });
    }

    private DemoCompany company() {
        Map<String, Viewer> people = em.createQuery("SELECT p FROM Person p WHERE p.email LIKE :domain", Person.class)
                .setParameter("domain", "%@" + DemoCompanyData.DOMAIN).getResultStream()
                .collect(Collectors.toMap(p -> p.getEmail().substring(0, p.getEmail().indexOf('@')),
                        p -> new Viewer(p.getId(), p.getName(), p.getEmail(), p.getRole().groups())));
        Map<String, SpaceRef> spaces = em.createQuery("SELECT s FROM Space s", Space.class).getResultStream()
                .collect(Collectors.toMap(Space::getSlug,
                        s -> new SpaceRef(s.getId(), s.getSlug(), s.getName(), false, false), (a, b) -> a));
        return new DemoCompany(people, spaces);
    }
}
