package org.agora.web.redirects;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;

/** Redirects after a form, back to the page the form was on when that page is inside Agora. */
public final class Redirects {

    // a path of this site only: no scheme, no host, no "//" that a browser would read as another host, and no
    // space, tab or line break, which browsers drop (so "/\t/evil.example" would become "//evil.example")
    private static final Pattern LOCAL = Pattern.compile("/(?!/)[A-Za-z0-9/_.?=&#%+,:;@!~*-]{0,300}");
    // the same characters percent-encoded: a control character has no place in a return address
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");

    private Redirects() {
    }

    /** @return a 303 to {@code back} if it is a path of Agora, else to {@code fallback} */
    public static Response back(String back, String fallback) {
        return Response.seeOther(local(back, fallback)).build();
    }

    /** @return {@code back} if it is a path of Agora, else {@code fallback} */
    public static URI local(String back, String fallback) {
        boolean local = back != null && LOCAL.matcher(back).matches() && !ENCODED_CONTROL.matcher(back).find();
        return URI.create(local ? back : fallback);
    }
}
