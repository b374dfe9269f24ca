package org.agora.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.agora.config.AgoraConfig;
import org.agora.follows.FollowService;
import org.agora.hashtags.HashtagService;
import org.agora.people.Passwords;
import org.agora.people.model.Person;
import org.agora.people.profile.ProfileService;
import org.agora.spaces.MemberManagement;
import org.agora.spaces.SpaceMembership;
import org.agora.spaces.SpaceService;
import org.agora.spaces.SpaceView;
import org.agora.spaces.model.SpaceKind;

/**
 * Seeds the demo company into an empty database when demo mode is on, in one transaction: people with their
 * profiles, spaces with members, follows, then the history of the last weeks ({@link DemoStory}). A database that
 * has anyone in it is left alone, so a second start adds nothing.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "SearchService"})
public class DemoCompany {

    private static final Logger LOG = Logger.getLogger(DemoCompany.class.getName());

    /** How long ago the demo company's history starts. */
    static final int HISTORY_DAYS = 36;

    @Inject
    AgoraConfig config;

    @Inject
    Passwords passwords;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    ProfileService profiles;

    @EJB
    SpaceService spaces;

    @EJB
    SpaceMembership membership;

    @EJB
    MemberManagement members;

    @EJB
    FollowService follows;

    @EJB
    HashtagService hashtags;

    @EJB
    DemoStory story;

    @PostConstruct
    void seed() {
        if (!config.demo() || em.createQuery("SELECT COUNT(p) FROM Person p WHERE " + Person.LISTED, Long.class)
                .getSingleResult() > 0) {
            return;
        }
        long began = System.nanoTime();
        Instant now = Instant.now();
        Instant start = DemoSchedule.moment(now, HISTORY_DAYS, LocalTime.of(8, 30));
        Map<String, Long> people = people(start);
        Map<String, SpaceView> demoSpaces = spaces(people);
        follow(people, demoSpaces);
        Backdating backdating = new Backdating();
        story.tell(people, demoSpaces, now, backdating);
        backdating.apply(em, start);
        LOG.info(() -> "Demo company seeded in " + (System.nanoTime() - began) / 1_000_000 + " ms: "
                + people.size() + " people, " + demoSpaces.size() + " spaces, " + DemoSchedule.posts().size()
                + " posts; sign in as admin@" + DemoCompanyData.DOMAIN);
    }

    /** @return the people's ids by handle, each with a profile */
    private Map<String, Long> people(Instant start) {
        // the demo accounts share a password, so one slow hash is enough
        String hash = passwords.hash(DemoCompanyData.PASSWORD);
        Map<String, Person> byEmail = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (DemoCompanyData.Employee e : DemoCompanyData.employees()) {
            Person p = new Person(e.email(), e.name(), e.role(), start);
            p.describe(e.name(), e.department(), e.jobTitle(), start);
            p.reportTo(e.manager() == null ? null : byEmail.get(e.manager()), start);
            p.setPasswordHash(hash, start);
            em.persist(p);
            byEmail.put(e.email(), p);
        }
        em.flush();
        byEmail.values().forEach(p -> ids.put(p.getEmail().substring(0, p.getEmail().indexOf('@')), p.getId()));
        // saving a profile makes its person searchable
        DemoProfiles.all().forEach(profile -> profiles.save(ids.get(profile.handle()), profile.draft()));
        return ids;
    }

    private Map<String, SpaceView> spaces(Map<String, Long> people) {
        Map<String, SpaceView> created = new HashMap<>();
        for (DemoCompanyData.DemoSpace demo : DemoCompanyData.spaces()) {
            long owner = people.get(demo.owner());
            SpaceView space = spaces.create(owner, demo.name(), demo.description(), demo.kind());
            for (String member : demo.members()) {
                // private and secret spaces take members by invitation, which joining accepts
                if (demo.kind() != SpaceKind.PUBLIC) {
                    members.invite(space.slug(), owner, DemoCompanyData.email(member));
                }
                membership.join(space.slug(), people.get(member));
            }
            demo.moderators().forEach(m -> members.setModerator(space.slug(), owner, people.get(m), true));
            created.put(demo.name(), space);
        }
        return created;
    }

    private void follow(Map<String, Long> people, Map<String, SpaceView> demoSpaces) {
        for (DemoFollows.DemoFollow f : DemoFollows.all()) {
            long follower = people.get(f.follower());
            switch (f.kind()) {
                case PERSON -> follows.followPerson(follower, people.get(f.target()), true);
                case SPACE -> follows.followSpace(follower, demoSpaces.get(f.target()).id(), true);
                case HASHTAG -> hashtags.follow(f.target(), follower);
            }
        }
    }
}
