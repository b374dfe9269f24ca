package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Profiles through HTTP: editing and seeing one's profile, who sees which field, the people directory, photos, the
 * posts a profile lists, and forged forms.
 */
@AgoraTest
class ProfilesIT {

    /** A person signed in, with their id. */
    record Member(AgoraClient client, long id, String name) {
    }

    private static Member member(String first) {
        String last = Agora.unique("Zz");
        String name = first + " " + last;
        AgoraClient client = TestAccounts.member(name, last.toLowerCase() + "@profiles.test");
        return new Member(client, idOf(client), name);
    }

    private static Map<String, String> profile(String location, String phone, String bio, String visibility) {
        Map<String, String> form = new HashMap<>();
        form.put("location", location);
        form.put("phone", phone);
        form.put("bio", bio);
        form.put("expertise", "Kubernetes, Derby");
        form.put("interests", "Climbing");
        form.put("link1Label", "Blog");
        form.put("link1Url", "https://blog.example.com/me");
        for (String f : new String[] {"location", "phone", "bio", "expertise", "interests", "links"}) {
            form.put(f + "Visibility", visibility);
        }
        return form;
    }

    private static Page save(Member m, Map<String, String> form) {
        m.client().get("/profile");
        return m.client().post("/profile", form);
    }

    @Test
    void anEditedProfileIsShownToColleagues() {
        Member ann = member("Ann");
        Member bob = member("Bob");
        String where = Agora.unique("Lyon");
        Page saved = save(ann, profile(where, "+33 1 23 45 67 89", "I like <b>tea</b> & cake.", "EVERYONE"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/people/" + ann.id());

        Page seen = bob.client().get("/people/" + ann.id());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.title()).isEqualTo(ann.name() + " · Agora");
        assertThat(seen.text()).contains(ann.name(), "Tester", "Testing", where, "+33 1 23 45 67 89",
                "I like <b>tea</b> & cake.", "Kubernetes", "Derby", "Climbing");
        assertThat(seen.select("b:contains(tea)")).as("the bio is text, not markup").isEmpty();
        assertThat(seen.one("a[href=https://blog.example.com/me]").text()).isEqualTo("Blog");
        Page form = ann.client().get("/profile").ok();
        assertThat(form.one("input#location").val()).isEqualTo(where);
        assertThat(form.one("#expertise").val()).isEqualTo("Kubernetes, Derby");
    }

    @Test
    void badInputIsRefusedOnTheFormKeepsTheTypingAndStoresNothing() {
        Member ann = member("Ann");
        String first = Agora.unique("Oslo");
        assertThat(save(ann, profile(first, "", "", "EVERYONE")).status()).isEqualTo(303);

        String second = Agora.unique("Rome");
        Map<String, String> bad = profile(second, "", "", "EVERYONE");
        bad.put("link2Url", "javascript:alert(1)");
        Page refused = save(ann, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Links must be web addresses starting with http:// or https://");
        assertThat(refused.one("input#location").val()).as("the typing is kept").isEqualTo(second);

        Map<String, String> longTag = profile(second, "", "", "EVERYONE");
        longTag.put("expertise", "x".repeat(41));
        assertThat(save(ann, longTag).status()).isEqualTo(400);
        Map<String, String> longBio = profile(second, "", "b".repeat(501), "EVERYONE");
        Page bio = save(ann, longBio);
        assertThat(bio.status()).isEqualTo(400);
        assertThat(bio.body()).contains("at most 500 characters");

        assertThat(ann.client().get("/people/" + ann.id()).body()).contains(first).doesNotContain(second);
    }

    @Test
    void eachFieldIsSeenOnlyByThoseItsVisibilityAllows() {
        Member ann = member("Ann");
        Member mate = member("Mate");
        Member stranger = member("Stranger");
        shareAPrivateSpace(ann, mate);

        String city = Agora.unique("Nantes");
        String phone = "+44 20 " + (System.nanoTime() % 9000 + 1000);
        String bio = Agora.unique("biography");
        Map<String, String> form = profile(city, phone, bio, "EVERYONE");
        form.put("locationVisibility", "SPACES");
        form.put("phoneVisibility", "ONLY_ME");
        form.put("bioVisibility", "EVERYONE");
        form.put("linksVisibility", "SPACES");
        assertThat(save(ann, form).status()).isEqualTo(303);

        assertThat(ann.client().get("/people/" + ann.id()).body()).contains(city, phone, bio, "blog.example.com");
        assertThat(mate.client().get("/people/" + ann.id()).body()).contains(city, bio, "blog.example.com")
                .doesNotContain(phone);
        assertThat(stranger.client().get("/people/" + ann.id()).body()).contains(bio, ann.name())
                .doesNotContain(city).doesNotContain(phone).doesNotContain("blog.example.com");
    }

    @Test
    void aNewProfileKeepsThePhonePrivateByDefault() {
        Member ann = member("Ann");
        Member bob = member("Bob");
        Map<String, String> form = profile(Agora.unique("Metz"), "+1 555 0100", "", "EVERYONE");
        for (String f : new String[] {"location", "phone", "bio", "expertise", "interests", "links"}) {
            form.remove(f + "Visibility");
        }
        assertThat(save(ann, form).status()).isEqualTo(303);
        assertThat(bob.client().get("/people/" + ann.id()).titled(ann.name()).body()).doesNotContain("+1 555 0100")
                .doesNotContain(form.get("location")).contains("Kubernetes");
        assertThat(ann.client().get("/profile").ok().one("select#phoneVisibility option[selected]").val())
                .isEqualTo("ONLY_ME");
    }

    @Test
    void theDirectoryFindsPeopleByNameAndFiltersWithoutRevealingHiddenFields() {
        String last = Agora.unique("Dir");
        AgoraClient eloise = TestAccounts.member("Éloïse " + last, last.toLowerCase() + "@profiles.test");
        Member ann = new Member(eloise, idOf(eloise), "Éloïse " + last);
        Member mate = member("Mate");
        Member stranger = member("Stranger");
        shareAPrivateSpace(ann, mate);
        String city = Agora.unique("Quimper");
        String skill = Agora.unique("Fortran");
        Map<String, String> form = profile(city, "", "", "EVERYONE");
        form.put("locationVisibility", "SPACES");
        form.put("expertise", skill + ", Cobol");
        assertThat(save(ann, form).status()).isEqualTo(303);

        AgoraClient s = stranger.client();
        assertThat(s.get("/people?q=ELOI").body()).contains(ann.name());
        assertThat(s.get("/people?q=" + last.substring(0, 6).toLowerCase()).body()).contains(ann.name());
        assertThat(s.get("/people?q=loise").titled("People").select(".person-name").eachText())
                .doesNotContain(ann.name());
        assertThat(s.get("/people?q=" + last + "&department=Testing").body()).contains(ann.name());
        Page sales = s.get("/people?q=" + last + "&department=Sales").titled("People");
        assertThat(sales.select(".person-name")).isEmpty();
        assertThat(sales.text(".result-count")).isEqualTo("0 people");
        assertThat(sales.body()).doesNotContain(ann.name());
        assertThat(s.get("/people?expertise=" + skill.toLowerCase()).body()).contains(ann.name())
                .contains("1 person");
        assertThat(s.get("/people?location=" + city).body()).doesNotContain(ann.name()).contains("0 people");
        assertThat(mate.client().get("/people?location=" + city).body()).contains(ann.name());
    }

    @Test
    void theDirectoryIsPagedByTwenty() {
        AgoraClient admin = TestAccounts.admin();
        for (int i = 0; i < 2; i++) {
            member("Pager");
        }
        Page first = admin.get("/people").titled("People");
        assertThat(first.select(".people-results > li[data-person]")).hasSizeBetween(1, 20);
        String total = first.text(".result-count");
        // thousands are grouped, as in "10,278 people" once the import test added its company
        assertThat(total).matches("\\d{1,3}(,\\d{3})* people");
        if (Integer.parseInt(total.replace(" people", "").replace(",", "")) > 20) {
            assertThat(first.select(".pagination a[href*=page=2]")).isNotEmpty();
            Page second = admin.get("/people?page=2").titled("People");
            assertThat(second.text(".pagination .page-item.active")).isEqualTo("2");
        }
        assertThat(admin.get("/").titled("Feed").select(".agora-menu a.nav-link[href=/people]")).hasSize(1);
    }

    @Test
    void aRealPhotoIsStoredAndServedAndOtherFilesAreRefused() throws IOException {
        Member ann = member("Ann");
        AgoraClient c = ann.client();
        c.get("/profile");
        Page uploaded = c.postFile("/profile/photo", Map.of("_csrf", c.csrf()), "photo", "me.png", png(600, 300));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(303);

        Page profile = c.get("/people/" + ann.id());
        assertThat(profile.body()).contains("/people/" + ann.id() + "/photo?size=profile");
        Page photo = member("Viewer").client().get("/people/" + ann.id() + "/photo?size=profile");
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        Page avatar = c.get("/people/" + ann.id() + "/photo?size=avatar");
        assertThat(avatar.status()).isEqualTo(200);
        assertThat(avatar.body().length()).isLessThan(photo.body().length());
        assertThat(new AgoraClient().get("/people/" + ann.id() + "/photo").status()).isNotEqualTo(200);

        c.get("/profile");
        Page text = c.postFile("/profile/photo", Map.of("_csrf", c.csrf()), "photo", "holiday.jpg",
                "just some text, not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).contains("This file is not a JPEG, PNG or WebP image.");

        byte[] big = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(png(10, 10), 0, big, 0, 8);
        c.get("/profile");
        Page tooBig = c.postFile("/profile/photo", Map.of("_csrf", c.csrf()), "photo", "big.png", big);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body()).contains("A photo has at most 1 MB");
    }

    @Test
    void theActivityOfAProfileNeverShowsAPrivateSpacePostToANonMember() {
        Member ann = member("Ann");
        Member mate = member("Mate");
        Member stranger = member("Stranger");
        String slug = shareAPrivateSpace(ann, mate);
        String secret = Agora.unique("confidential");
        String open = Agora.unique("announcement");
        ann.client().get("/spaces/" + slug);
        assertThat(ann.client().post("/spaces/" + slug + "/posts", Map.of("text", secret)).status()).isEqualTo(303);
        ann.client().get("/");
        assertThat(ann.client().post("/posts", Map.of("text", open)).status()).isEqualTo(303);

        assertThat(ann.client().get("/people/" + ann.id()).body()).contains(open, secret);
        assertThat(stranger.client().get("/people/" + ann.id()).body()).contains(open).doesNotContain(secret);
        assertThat(mate.client().get("/people/" + ann.id()).body()).contains(open, secret);
        assertThat(TestAccounts.admin().get("/people/" + ann.id()).body()).contains(open, secret);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws IOException {
        Member ann = member("Ann");
        String where = Agora.unique("Forged");
        Page forged = ann.client().postRaw("/profile", profile(where, "", "", "EVERYONE"));
        assertThat(forged.status()).isEqualTo(403);
        Page photo = ann.client().postFile("/profile/photo", Map.of(), "photo", "me.png", png(50, 50));
        assertThat(photo.status()).isEqualTo(403);
        Page profile = ann.client().get("/people/" + ann.id()).titled(ann.name());
        assertThat(profile.select("img[src*=/photo?size=]")).as("no photo").isEmpty();
        assertThat(profile.body()).doesNotContain(where).doesNotContain("/photo?size=");
    }

    /** Ann creates a private space and invites the mate, who accepts, as users do. */
    private static String shareAPrivateSpace(Member ann, Member mate) {
        String slug = Spaces.slug(Spaces.create(ann.client(), Agora.unique("Team"), "PRIVATE"));
        ann.client().get("/spaces/" + slug + "/members");
        Page invited = ann.client().post("/spaces/" + slug + "/members/invite",
                Map.of("email", emailOf(mate)));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(303);
        mate.client().get("/spaces/" + slug);
        assertThat(mate.client().post("/spaces/" + slug + "/join", Map.of()).status()).isEqualTo(303);
        return slug;
    }

    private static String emailOf(Member m) {
        return m.name().substring(m.name().indexOf(' ') + 1).toLowerCase() + "@profiles.test";
    }

    private static long idOf(AgoraClient client) {
        return TestAccounts.personId(client);
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
