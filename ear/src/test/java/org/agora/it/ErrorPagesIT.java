package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every error a browser can receive is Agora's own page, in the reader's language, with the security headers of
 * every other page and nothing of the server's internals: odd paths, malformed uploads, refused and unknown pages.
 */
@AgoraTest
class ErrorPagesIT {

    private static final List<String> INTERNALS = List.of("SRVE", "CWWW", "Exception", "com.ibm", "Error 500",
            "at org.", "at java.");

    private static AgoraClient member() {
        String word = Agora.unique("oops");
        return TestAccounts.member("Olga " + word, word + "@errors.test");
    }

    /** @return the page, checked to be Agora's error page with this status and title and no internals */
    private static Document errorPage(HttpResponse<String> answer, int status, String title) {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(status);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select(".error-page h1").text()).as(answer.uri().toString()).isEqualTo(title);
        assertThat(answer.body()).as(answer.uri().toString()).doesNotContain(INTERNALS);
        return page;
    }

    private static void securityHeaders(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Security-Policy")).as(answer.uri().toString())
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(answer.headers().firstValue("X-Frame-Options")).as(answer.uri().toString()).contains("DENY");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri().toString())
                .contains("nosniff");
    }

    @Test
    void oddCharactersInAPathGetAgorasPageInTheReadersLanguage() {
        AgoraClient olga = member();
        for (String path : List.of("/hashtags/a%2Fb", "/hashtags/a%5Cb", "/posts/%FF", "/posts/%C0%AF",
                "/assets/agora.css%2F.html", "/spaces/a%5C..%5Cb", "/people/1%2F..%2F2", "/posts/%2e%2e/1",
                "/hashtags/%F0%28%8C%28")) {
            HttpResponse<String> english = olga.getWithHeaders(path, "Accept-Language", "en");
            assertThat(english.statusCode()).as(path).isIn(400, 404);
            errorPage(english, english.statusCode(), english.statusCode() == 400 ? "Request not understood"
                    : "Page not found");
            securityHeaders(english);
            HttpResponse<String> french = olga.getWithHeaders(path, "Accept-Language", "fr");
            Document page = errorPage(french, english.statusCode(), english.statusCode() == 400
                    ? "Requête incomprise" : "Page introuvable");
            assertThat(page.select("html").attr("lang")).isEqualTo("fr");
            assertThat(page.select(".error-page a.btn").text()).isEqualTo("Aller au fil");
        }
    }

    /*
     * A NUL, or a path above the root, is refused by Liberty's web container before it picks an application
     * (WebContainer.sendBadRequestResponse), so Agora cannot answer it; the answer is a bare 400 with no stack trace.
     */
    @Test
    void pathsTheServerRefusesBeforeAgoraAreBare400s() {
        AgoraClient olga = member();
        for (String path : List.of("/posts/%00", "/assets/agora.css%00.html", "/%2e%2e/%2e%2e/etc")) {
            HttpResponse<String> answer = olga.getWithHeaders(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).doesNotContain("Exception", "at org.", "at java.", "com.ibm");
        }
    }

    @Test
    void refusedAndUnknownPagesAreInTheReadersLanguage() {
        AgoraClient olga = member();
        errorPage(olga.getWithHeaders("/admin/plugins", "Accept-Language", "en"), 403, "Not allowed");
        Document refused = errorPage(olga.getWithHeaders("/admin/plugins", "Accept-Language", "fr"), 403,
                "Accès refusé");
        assertThat(refused.select(".error-page p").text()).isEqualTo("Votre compte ne donne pas accès à cette page.");
        errorPage(olga.getWithHeaders("/no/such/page", "Accept-Language", "fr"), 404, "Page introuvable");
        Document unknown = errorPage(olga.getWithHeaders("/people/999999999", "Accept-Language", "fr"), 404,
                "Page introuvable");
        assertThat(unknown.select(".error-page p").text()).isEqualTo("Cette personne n'existe pas.");
        assertThat(errorPage(olga.getWithHeaders("/people/999999999", "Accept-Language", "en"), 404,
                "Page not found").select(".error-page p").text()).isEqualTo("This person does not exist.");
        assertThat(errorPage(olga.getWithHeaders("/posts/999999999", "Accept-Language", "fr"), 404,
                "Page introuvable").select(".error-page p").text()).isEqualTo("Cette publication n'existe pas.");
    }

    @Test
    void aRequestThatWaitedTooLongForItsTurnIsToldTheServerIsBusy() {
        // the page a request gets when the line of requests (RequestsInLine) gave up on it
        AgoraClient olga = member();
        assertThat(errorPage(olga.getWithHeaders("/error/503", "Accept-Language", "en"), 503, "Busy")
                .select(".error-page p").text()).startsWith("Agora is serving many people at this moment");
        assertThat(errorPage(olga.getWithHeaders("/error/503", "Accept-Language", "fr"), 503, "Occupé")
                .select(".error-page p").text()).startsWith("Agora sert beaucoup de monde en ce moment");
    }

    @Test
    void aServicesRefusalSaysWhyInTheReadersLanguage() {
        AgoraClient owner = member();
        AgoraClient outsider = member();
        owner.get("/spaces");
        String space = Spaces.create(owner, Agora.unique("Board "), "PRIVATE");
        owner.get(space);
        assertThat(owner.post(space + "/posts", Map.of("text", Agora.unique("numbers "))).status()).isEqualTo(303);
        String post = Forms.html(owner.get(space)).select("a[href^=/posts/]").eachAttr("href").stream()
                .filter(href -> href.matches("/posts/[0-9]+")).findFirst().orElseThrow();

        Map<String, String> refusals = Map.of(
                "en", "This post does not exist.", "fr", "Cette publication n'existe pas.");
        refusals.forEach((language, text) -> assertThat(errorPage(outsider.getWithHeaders(post, "Accept-Language",
                language), 404, language.equals("fr") ? "Page introuvable" : "Page not found")
                .select(".error-page p").text()).as(language).isEqualTo(text));
        Map<String, String> hidden = Map.of("en", "Only members see who is in this space.",
                "fr", "Seuls les membres voient qui est dans cet espace.");
        hidden.forEach((language, text) -> assertThat(errorPage(outsider.getWithHeaders(space + "/members",
                "Accept-Language", language), 403, language.equals("fr") ? "Accès refusé" : "Not allowed")
                .select(".error-page p").text()).as(language).isEqualTo(text));

        outsider.acceptLanguage("fr");
        outsider.get(space);
        Page intrusion = outsider.post(space + "/posts", Map.of("text", "intrusion"));
        assertThat(intrusion.status()).isEqualTo(403);
        assertThat(Forms.one(intrusion, ".error-page p").text())
                .isEqualTo("Seuls les membres écrivent dans cet espace.");
    }

    @Test
    void everyKindOfErrorCarriesTheSecurityHeaders() {
        AgoraClient olga = member();
        HttpResponse<String> forbidden = olga.getWithHeaders("/admin/plugins");
        errorPage(forbidden, 403, "Not allowed");
        securityHeaders(forbidden);
        HttpResponse<String> missing = olga.getWithHeaders("/no/such/page");
        errorPage(missing, 404, "Page not found");
        securityHeaders(missing);
        HttpResponse<String> unknownPost = olga.getWithHeaders("/posts/999999999");
        errorPage(unknownPost, 404, "Page not found");
        securityHeaders(unknownPost);
        HttpResponse<String> bad = olga.getWithHeaders("/posts/%FF");
        assertThat(bad.statusCode()).isIn(400, 404);
        securityHeaders(bad);
        HttpResponse<String> wrongMethod = olga.getWithHeaders("/language");
        errorPage(wrongMethod, 405, "Not allowed here");
        securityHeaders(wrongMethod);
        HttpResponse<String> failed = olga.getWithHeaders("/error/500");
        errorPage(failed, 500, "Something went wrong");
        securityHeaders(failed);
        olga.get("/");
        HttpResponse<String> garbled = olga.postBody("/posts", "multipart/form-data",
                "--x\r\n\r\nhello\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8));
        errorPage(garbled, 400, "Request not understood");
        securityHeaders(garbled);
        HttpResponse<String> expired = olga.postBody("/posts", "application/x-www-form-urlencoded",
                "text=hello".getBytes(StandardCharsets.UTF_8));
        errorPage(expired, 403, "Form expired");
        securityHeaders(expired);
    }

    @Test
    void malformedUploadsAreRefusedWith400AndAMessageInTheReadersLanguage() {
        AgoraClient admin = TestAccounts.admin();
        admin.get("/spaces");
        String space = Spaces.create(admin, Agora.unique("Uploads "), "PUBLIC");
        Map<String, String> uploads = new LinkedHashMap<>();
        uploads.put(space + "/posts", space);
        uploads.put("/posts", "/");
        uploads.put(space + "/documents", space + "/documents");
        uploads.put("/admin/imports", "/admin/imports");
        uploads.put("/m/wiki/pages/home/attach?space=" + space.substring("/spaces/".length()), "/");
        uploads.put("/profile/photo", "/profile");
        uploads.forEach((upload, form) -> {
            for (String language : List.of("en", "fr")) {
                admin.acceptLanguage(language);
                String token = Forms.fields(Forms.one(admin.get(form), "input[name=_csrf]").parent()).get("_csrf");
                String csrf = "--x\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n";
                Map<String, String> bodies = Map.of(
                        "multipart/form-data", csrf + "--x--\r\n",
                        "multipart/form-data; boundary=x",
                        "--x\r\nContent-Type: text/plain\r\n\r\nno name\r\n" + csrf + "--x--\r\n",
                        "multipart/form-data; charset=UTF-8", csrf + "--x--\r\n");
                bodies.forEach((type, body) -> {
                    HttpResponse<String> answer = admin.postBody(upload, type, body.getBytes(StandardCharsets.UTF_8));
                    assertThat(answer.statusCode()).as(upload + " " + type).isEqualTo(400);
                    assertThat(answer.body()).as(upload + " " + type).doesNotContain(INTERNALS);
                    Document page = Jsoup.parse(answer.body());
                    assertThat(page.select("html").attr("lang")).isEqualTo(language);
                    if (page.selectFirst(".error-page") != null) {
                        assertThat(page.select(".error-page p").text()).as(upload + " " + type).isEqualTo(
                                language.equals("fr")
                                        ? "Ce formulaire est arrivé incomplet ou illisible : rien n'a été enregistré. "
                                        + "Revenez à la page, rechargez-la et envoyez-le à nouveau."
                                        : "This form arrived incomplete or garbled, so nothing was saved. "
                                        + "Go back to the page, reload it and send the form again.");
                    } else {
                        // a form whose part without a name is left out: its page says which field is missing
                        assertThat(page.select(".alert-danger, .invalid-feedback[role=alert]").text())
                                .as(upload + " " + type).isNotBlank();
                    }
                    securityHeaders(answer);
                });
            }
        });
        admin.acceptLanguage("en");
        Page stillThere = admin.get(space);
        assertThat(stillThere.status()).isEqualTo(200);
    }
}
