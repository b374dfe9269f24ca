package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.TestHost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EndorsementsTest extends SkillsFixture {

    private long kubernetes;

    @BeforeEach
    void adaKnowsKubernetes() throws Exception {
        taxonomy();
        declare(ada, "Kubernetes", "expert", false, false);
        kubernetes = skill("Kubernetes");
    }

    @Test
    void colleaguesEndorseOnceEachAndTheProfileShowsCountAndNames() throws Exception {
        redirected(postAbout(bob, ada, "/endorse", "skill", String.valueOf(kubernetes)));
        redirected(postAbout(carol, ada, "/endorse", "skill", String.valueOf(kubernetes)));
        assertThat(refusal(postAbout(bob, ada, "/endorse", "skill", String.valueOf(kubernetes)), 409))
                .isEqualTo("You have already endorsed this skill.");
        SkillRow row = ProfilesView.row(profile(dan, ada));
        assertThat(row.declaration().endorsements()).isEqualTo(2);
        assertThat(row.endorsers()).containsExactly("Bob Builder", "Carol Shaw");
        assertThat(row.endorsedByViewer()).isFalse();
        assertThat(ProfilesView.row(profile(bob, ada)).endorsedByViewer()).isTrue();
    }

    @Test
    void nobodyEndorsesThemselves() throws Exception {
        assertThat(refusal(postAbout(ada, ada, "/endorse", "skill", String.valueOf(kubernetes)), 403))
                .isEqualTo("You cannot endorse your own skills.");
        assertThat(index().skillsOf(ada.id()).get(0).endorsements()).isZero();
    }

    @Test
    void onlyADeclaredSkillCanBeEndorsed() throws Exception {
        assertThat(refusal(postAbout(bob, ada, "/endorse", "skill", String.valueOf(skill("Java"))), 404))
                .isEqualTo("This skill is not declared.");
        assertThat(refusal(postAbout(bob, ada, "/endorse", "skill", "abc"), 404)).isNotBlank();
        assertThat(post(bob, "/endorse", "skill", String.valueOf(kubernetes)))
                .isInstanceOf(PageResult.BadRequest.class);
    }

    @Test
    void anEndorsementStoredBeforeEndorsementsHadKeysStillCountsOnce() throws Exception {
        host.records().create(SkillStore.ENDORSEMENTS, Map.of("person", String.valueOf(ada.id()), "skill",
                String.valueOf(kubernetes), "by", String.valueOf(bob.id()), "byName", "Bob Builder", "at",
                "2026-01-05T10:00:00Z"), bob.id());
        new SkillStore(host.records()).advance(); // as the older version did after its change
        assertThat(index().skillsOf(ada.id()).get(0).endorsers()).containsExactly(bob.id());
        assertThat(refusal(postAbout(bob, ada, "/endorse", "skill", String.valueOf(kubernetes)), 409))
                .isEqualTo("You have already endorsed this skill.");
        redirected(postAbout(bob, ada, "/unendorse", "skill", String.valueOf(kubernetes)));
        host.clock().set(Instant.parse("2026-03-02T09:00:00Z"));
        redirected(postAbout(bob, ada, "/endorse", "skill", String.valueOf(kubernetes)));
        assertThat(stored(SkillStore.ENDORSEMENTS)).singleElement()
                .satisfies(r -> assertThat(r.field("at").orElseThrow()).startsWith("2026-03-02T09:0"));
    }

    @Test
    void anEndorsementIsWithdrawn() throws Exception {
        redirected(postAbout(bob, ada, "/endorse", "skill", String.valueOf(kubernetes)));
        redirected(postAbout(bob, ada, "/unendorse", "skill", String.valueOf(kubernetes)));
        assertThat(index().skillsOf(ada.id()).get(0).endorsements()).isZero();
        assertThat(stored(SkillStore.ENDORSEMENTS)).isEmpty();
        assertThat(refusal(postAbout(bob, ada, "/unendorse", "skill", String.valueOf(kubernetes)), 409))
                .isEqualTo("You have not endorsed this skill.");
    }

    @Test
    void endorsementsAtTheSameMomentAllCountOnceEach() throws Exception {
        List<Viewer> colleagues = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            colleagues.add(TestHost.viewer(100 + i, "Colleague " + i, "member"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PageResult>> answers = new ArrayList<>();
        for (Viewer v : colleagues) {
            for (int twice = 0; twice < 2; twice++) { // each clicks twice at once
                answers.add(pool.submit(() -> {
                    start.await();
                    return postAbout(v, ada, "/endorse", "skill", String.valueOf(kubernetes));
                }));
            }
        }
        start.countDown();
        int accepted = 0;
        for (Future<PageResult> answer : answers) {
            if (answer.get(30, TimeUnit.SECONDS) instanceof PageResult.Redirect) {
                accepted++;
            }
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(12);
        Declaration d = index().skillsOf(ada.id()).get(0);
        assertThat(d.endorsers()).hasSize(12);
        assertThat(stored(SkillStore.ENDORSEMENTS)).hasSize(12);
    }

    /** Reads the one row of a profile. */
    static final class ProfilesView {
        static SkillRow row(PageResult page) {
            List<SkillRow> rows = list(page, "rows");
            assertThat(rows).hasSize(1);
            return rows.get(0);
        }
    }
}
