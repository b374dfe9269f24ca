package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaxonomyTest extends SkillsFixture {

    @BeforeEach
    void curate() throws Exception {
        taxonomy();
    }

    @Test
    void synonymsAccentsAndCaseFindTheSameSkill() {
        for (String words : new String[] {"Kubernetes", "k8s", "K8S", "kube", " kubernètes "}) {
            assertThat(index().resolve(words)).extracting(Skill::name).as(words).containsExactly("Kubernetes");
        }
        assertThat(index().resolve("negociation")).extracting(Skill::name).containsExactly("Négociation");
        assertThat(index().resolve("NEGOTIATION")).extracting(Skill::name).containsExactly("Négociation");
    }

    @Test
    void aTypoOfOneOrTwoLettersStillFindsTheSkill() {
        assertThat(index().resolve("kubernets")).extracting(Skill::name).containsExactly("Kubernetes");
        assertThat(index().resolve("kuberentes")).extracting(Skill::name).containsExactly("Kubernetes");
        assertThat(index().resolve("terrafrom")).extracting(Skill::name).containsExactly("Terraform");
        assertThat(index().resolve("python")).isEmpty();
        assertThat(index().resolve("jav")).isEmpty(); // too short to guess
    }

    @Test
    void onlyCuratorsAddCategoriesAndSkills() throws Exception {
        assertThat(post(ada, "/taxonomy/skill", "name", "Rust")).isInstanceOf(PageResult.Forbidden.class);
        assertThat(post(ada, "/taxonomy/category", "name", "Data")).isInstanceOf(PageResult.Forbidden.class);
        assertThat(index().named("Rust")).isEmpty();
        host.permissionRoles(SkillsPermissions.CURATE, "member");
        redirected(post(ada, "/taxonomy/skill", "name", "Rust"));
        assertThat(index().named("rust")).isPresent();
    }

    @Test
    void aNameOrSynonymBelongsToOneSkillOnly() throws Exception {
        String taken = refusal(post(admin, "/taxonomy/skill", "name", "K8S"), 409);
        assertThat(taken).isEqualTo("“k8s” is already a name of the skill Kubernetes.");
        assertThat(refusal(post(admin, "/taxonomy/skill", "name", "Helm", "synonyms", "jvm"), 409))
                .contains("Java");
        assertThat(refusal(post(admin, "/taxonomy/skill", "name", "  "), 400)).isEqualTo("Give a name.");
        assertThat(refusal(post(admin, "/taxonomy/skill", "name", "x".repeat(81)), 400)).contains("80");
        assertThat(refusal(post(admin, "/taxonomy/skill", "name", "Helm", "category", "999"), 400))
                .isEqualTo("There is no such category.");
        assertThat(refusal(post(admin, "/taxonomy/category", "name", "cloud"), 409)).contains("already exists");
        assertThat(index().named("Helm")).isEmpty();
    }

    @Test
    void refusalsAreWordedInFrench() throws Exception {
        PageResult r = send(Requests.post("/taxonomy/skill").as(admin).in(Locale.FRENCH).param("name", "kube"));
        assertThat(refusal(r, 409)).isEqualTo("« kube » est déjà un nom de la compétence Kubernetes.");
    }

    @Test
    void curatorsEditASkillUnlessSomeoneChangedItMeanwhile() throws Exception {
        Skill java = index().named("Java").orElseThrow();
        redirected(post(admin, "/taxonomy/edit", "id", String.valueOf(java.id()), "version",
                String.valueOf(java.version()), "name", "Java", "synonyms", "JVM, JDK"));
        assertThat(index().resolve("jdk")).extracting(Skill::name).containsExactly("Java");
        assertThat(refusal(post(admin, "/taxonomy/edit", "id", String.valueOf(java.id()), "version",
                String.valueOf(java.version()), "name", "Java", "synonyms", "J"), 409)).contains("same time");
    }

    @Test
    void anEmployeeProposesAndAReviewerAccepts() throws Exception {
        redirected(post(ada, "/propose", "name", "Rust", "synonyms", "rustlang"));
        assertThat(index().named("Rust")).isEmpty(); // not declarable before review
        assertThat(refusal(post(ada, "/mine/declare", "skill", "Rust", "level", "expert"), 400))
                .contains("is not a skill of the directory");
        long id = index().proposals().get(0).id();
        assertThat(post(ada, "/proposals/accept", "id", String.valueOf(id))).isInstanceOf(PageResult.Forbidden.class);
        redirected(post(admin, "/proposals/accept", "id", String.valueOf(id)));
        assertThat(index().resolve("rustlang")).extracting(Skill::name).containsExactly("Rust");
        assertThat(host.notificationTexts(Locale.ENGLISH)).containsExactly("Your proposed skill Rust was accepted.");
        declare(ada, "rust", "expert", false, false);
    }

    @Test
    void aReviewerMergesAProposalIntoAnExistingSkillWhoseNameItBecomes() throws Exception {
        redirected(post(bob, "/propose", "name", "Kubernetes administration", "synonyms", "CKA"));
        long id = index().proposals().get(0).id();
        redirected(post(admin, "/proposals/merge", "id", String.valueOf(id), "target",
                String.valueOf(skill("Kubernetes"))));
        assertThat(index().proposals()).isEmpty();
        assertThat(index().resolve("kubernetes administration")).extracting(Skill::name)
                .containsExactly("Kubernetes");
        assertThat(index().resolve("cka")).extracting(Skill::name).containsExactly("Kubernetes");
        assertThat(host.notificationTexts(Locale.FRENCH))
                .containsExactly("Votre proposition de compétence Kubernetes administration a été fusionnée avec "
                        + "Kubernetes.");
    }

    @Test
    void aReviewerRejectsAProposal() throws Exception {
        redirected(post(bob, "/propose", "name", "Juggling"));
        long id = index().proposals().get(0).id();
        redirected(post(admin, "/proposals/reject", "id", String.valueOf(id)));
        assertThat(index().proposals()).isEmpty();
        assertThat(index().named("juggling")).isEmpty();
        assertThat(refusal(post(admin, "/proposals/accept", "id", String.valueOf(id)), 409))
                .isEqualTo("Juggling is not waiting for review.");
        assertThat(refusal(post(admin, "/proposals/accept", "id", "424242"), 404)).isEqualTo("There is no such skill.");
    }

    @Test
    void aProposalOfAKnownNameIsRefusedWithTheSkillItMeans() throws Exception {
        assertThat(refusal(post(bob, "/propose", "name", "K8s"), 409))
                .isEqualTo("“k8s” is already a name of the skill Kubernetes.");
        redirected(post(bob, "/propose", "name", "Rust"));
        assertThat(refusal(post(ada, "/propose", "name", "rust"), 409)).isEqualTo("rust is already proposed.");
    }
}
