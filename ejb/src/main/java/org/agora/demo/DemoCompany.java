package org.agora.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.agora.config.AgoraConfig;
import org.agora.feed.PostService;
import org.agora.people.Passwords;
import org.agora.people.PersonChanged;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.spaces.SpaceService;
import org.agora.spaces.SpaceView;
import org.agora.spaces.model.SpaceKind;

/** Seeds the demo company into an empty database when demo mode is on. */
@Singleton
@Startup
@DependsOn({"Migrations", "SearchService"})
public class DemoCompany {

    private static final Logger LOG = Logger.getLogger(DemoCompany.class.getName());

    @Inject
    AgoraConfig config;

    @Inject
    Passwords passwords;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostService posts;

    @EJB
    SpaceService spaces;

    @Inject
    Event<PersonChanged> searchable;

    @PostConstruct
    void seed() {
        if (!config.demo() || em.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult() > 0) {
            return;
        }
        Instant now = Instant.now();
        // the demo accounts share a password, so one slow hash is enough
        String hash = passwords.hash(DemoCompanyData.PASSWORD);
        Map<String, Person> people = new HashMap<>();
        for (DemoCompanyData.Employee e : DemoCompanyData.employees()) {
            Person p = new Person(e.email(), e.name(), e.admin() ? Role.ADMIN : Role.MEMBER, now);
            p.describe(e.name(), e.department(), e.jobTitle(), now);
            p.reportTo(e.manager() == null ? null : people.get(e.manager()), now);
            p.setPasswordHash(hash, now);
            em.persist(p);
            people.put(e.email(), p);
        }
        em.flush();
        people.values().forEach(p -> searchable.fire(new PersonChanged(p.getId())));
        DemoCompanyData.posts().forEach(post -> posts.publish(people.get(post.author()).getId(), post.markdown()));
        for (DemoCompanyData.DemoSpace demo : DemoCompanyData.spaces()) {
            long owner = people.get(demo.owner()).getId();
            SpaceView space = spaces.create(owner, demo.name(), demo.description(), demo.kind());
            for (String member : demo.members()) {
                // private and secret spaces take members by invitation, which joining accepts
                if (demo.kind() != SpaceKind.PUBLIC) {
                    spaces.invite(space.slug(), owner, member);
                }
                spaces.join(space.slug(), people.get(member).getId());
            }
            for (int i = 0; i < demo.posts().size(); i++) {
                String author = i == 0 ? demo.owner() : demo.members().get(i % demo.members().size());
                posts.publish(people.get(author).getId(), space.id(), demo.posts().get(i));
            }
        }
        LOG.info(() -> "Demo company seeded: " + people.size() + " people, " + DemoCompanyData.spaces().size()
                + " spaces; sign in as admin@"
                + DemoCompanyData.DOMAIN);
    }
}
