package org.agora.web.notices;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * A redirect after a form that confirms what it did on the next page: {@code Done.seeOther("/profile", "profile")}
 * shows the message {@code done.profile} there, once. The address stays as it was, so links and bookmarks are clean.
 */
public final class Done {

    /** The cookie that carries what was done to the next page. */
    static final String COOKIE = "agora-done";

    private Done() {
    }

    /** @param what the end of a message key {@code done.*}: letters only */
    public static Response seeOther(String path, String what) {
        if (!what.matches("[a-z]{1,20}")) {
            throw new IllegalArgumentException("a confirmation is named by letters: " + what);
        }
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(what).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(path)).cookie(cookie).build();
    }
}
