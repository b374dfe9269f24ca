package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;

/** The links with which people choose their password, as the administrators' people page shows them. */
public final class PasswordLinks {

    private PasswordLinks() {
    }

    /** @return the path of the password link shown on the page after a person was added or sent a new link */
    public static String shownOn(Page page) {
        String url = Jsoup.parse(page.body()).select("#password-link-url").val();
        assertThat(url).as("a password link on " + page).contains("/password-link/");
        return url.substring(url.indexOf("/password-link/"));
    }

    /** Opens the link without signing in and chooses the password; @return the answer to the form */
    public static Page choose(String linkPath, String password) {
        return choose(new AgoraClient(), linkPath, password);
    }

    /** Opens the link with {@code stranger}, a client not signed in, and chooses the password. */
    public static Page choose(AgoraClient stranger, String linkPath, String password) {
        Page form = stranger.get(linkPath);
        if (form.status() != 200) {
            return form;
        }
        return stranger.post(linkPath, Map.of("password", password, "confirm", password));
    }
}
