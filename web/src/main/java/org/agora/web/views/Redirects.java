package org.agora.web.views;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;

/** Redirects after a form, back to the page the form was on when that page is inside Agora. */
public final class Redirects {

    // a path of this site only: no scheme, no host, no "//" that a browser would read as another host
    private static final Pattern LOCAL = Pattern.compile("/(?!/)[A-Za-z0-9/_.?=&#%-]{0,300}");

    private Redirects() {
    }

    /** @return a 303 to {@code back} if it is a path of Agora, else to {@code fallback} */
    public static Response back(String back, String fallback) {
        return Response.seeOther(URI.create(local(back, fallback))).build();
    }

    /** @return {@code back} if it is a path of Agora, else {@code fallback} */
    public static String local(String back, String fallback) {
        return back != null && LOCAL.matcher(back).matches() && !back.contains("\\") ? back : fallback;
    }
}
