package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.Requests;
import org.agora.plugins.testkit.TestHost;

/** A skills directory on the test kit's in-memory host, with a small taxonomy, and short ways to call it. */
class SkillsFixture {

    final TestHost host = TestHost.forPlugin("skills-directory").declaring(new SkillsPermissions());
    final Viewer admin = TestHost.admin("Grace Admin");
    /** In the company directory with a department, and a location every colleague sees. */
    final Viewer ada = host.employee("Ada Lovelace", "Platform engineer", "Engineering", "Paris", true);
    final Viewer bob = host.employee("Bob Builder", "Site reliability engineer", "Engineering", "Lyon", true);
    final Viewer carol = host.employee("Carol Shaw", "Account executive", "Sales", "Paris", true);
    /** In the directory without department or location. */
    final Viewer dan = host.employee("Dan Ingalls");
    final SkillsPages pages = new SkillsPages();

    PageResult send(Requests request) throws Exception {
        return host.handle(pages, request.build());
    }

    PageResult get(Viewer who, String path) throws Exception {
        return send(Requests.get(path).as(who));
    }

    PageResult post(Viewer who, String path, String... params) throws Exception {
        Requests r = Requests.post(path).as(who);
        for (int i = 0; i < params.length; i += 2) {
            r.param(params[i], params[i + 1]);
        }
        return send(r);
    }

    /** Posts about a colleague ({@code ?person=ID}, which the host checks and hands over). */
    PageResult postAbout(Viewer who, Viewer person, String path, String... params) throws Exception {
        Requests r = Requests.post(path).as(who).forPerson(new PersonRef(person.id(), person.name()));
        for (int i = 0; i < params.length; i += 2) {
            r.param(params[i], params[i + 1]);
        }
        return send(r);
    }

    PageResult profile(Viewer who, Viewer person) throws Exception {
        return send(Requests.get("/person").as(who).forPerson(new PersonRef(person.id(), person.name())));
    }

    /** Adds a category and skills with synonyms as an administrator would. */
    void taxonomy() throws Exception {
        redirected(post(admin, "/taxonomy/category", "name", "Cloud"));
        long cloud = index().categories().get(0).id();
        redirected(post(admin, "/taxonomy/skill", "name", "Kubernetes", "synonyms", "k8s, kube",
                "category", String.valueOf(cloud)));
        redirected(post(admin, "/taxonomy/skill", "name", "Terraform", "synonyms", "tf",
                "category", String.valueOf(cloud)));
        redirected(post(admin, "/taxonomy/skill", "name", "Java", "synonyms", "JVM"));
        redirected(post(admin, "/taxonomy/skill", "name", "Négociation", "synonyms", "negotiation"));
    }

    void declare(Viewer who, String skill, String level, boolean learn, boolean teach) throws Exception {
        redirected(post(who, "/mine/declare", "skill", skill, "level", level, "learn", learn ? "on" : "",
                "teach", teach ? "on" : ""));
    }

    /** @return the records of a collection, as the host stored them */
    List<org.agora.plugins.api.StoredRecord> stored(String collection) {
        return host.records().all().stream().filter(r -> r.collection().equals(collection)).toList();
    }

    SkillIndex index() {
        return Directory.index(host.context());
    }

    long skill(String name) {
        return index().named(name).orElseThrow().id();
    }

    static void redirected(PageResult result) {
        assertThat(result).as("%s", result).isInstanceOf(PageResult.Redirect.class);
    }

    static PageResult.View view(PageResult result) {
        assertThat(result).as("%s", result).isInstanceOf(PageResult.View.class);
        return (PageResult.View) result;
    }

    static Map<String, Object> model(PageResult result) {
        return view(result).model();
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(PageResult result, String key) {
        return (List<T>) model(result).get(key);
    }

    /** @return the error a refused form shows, after checking its status */
    static String refusal(PageResult result, int status) {
        assertThat(view(result).status()).isEqualTo(status);
        return (String) model(result).get("error");
    }
}
