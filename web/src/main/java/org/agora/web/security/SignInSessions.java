package org.agora.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.web.redirects.Redirects;

/**
 * A session serves one sign-in. Signing in gives a new session id and form token (OWASP ASVS 3.2.1), so that an id
 * planted in the browser before cannot be used to forge forms afterwards; signing out ends the session. A session
 * remembers it was signed in, so that the sign-in page can tell a person whose sign-in ended elsewhere (signed out in
 * another browser, or the sign-in token expired before the session) why they are there.
 */
public final class SignInSessions {

    private static final String SIGNED_IN = "agora.signedIn";
    private static final String ENDED = "agora.signInEnded";
    // where Krazo keeps the session's form token
    // Liberty's form sign-in keeps the page that asked for sign-in in this cookie, as an address with its host
    private static final String PAGE_WANTED = "WASReqURL";
    private static final Pattern PATH = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*://[^/]*)?(/.*)$");

    private SignInSessions() {
    }

    /** Starts the session of a sign-in: a new id, a new form token, and no page wanted any more. */
    static void begin(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        request.changeSessionId();
        session.removeAttribute(SessionCsrfTokens.SESSION_KEY);
        session.removeAttribute(ENDED);
        session.setAttribute(SIGNED_IN, Boolean.TRUE);
        Cookie forget = new Cookie(PAGE_WANTED, "");
        forget.setPath("/");
        forget.setMaxAge(0);
        forget.setHttpOnly(true);
        response.addCookie(forget);
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * Decides what the sign-in page is for this browser. A browser whose session was signed in and that no members'
     * page sent here (a bookmark, the back button) is sent on to the feed; if its sign-in has ended, the feed sends it
     * back with the page it wanted, and the session is then known to have ended.
     *
     * @return true if the person is probably still signed in and should go to the feed
     */
    public static boolean goesToFeed(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SIGNED_IN) == null) {
            return false;
        }
        if (pageWanted(request).isEmpty()) {
            return true;
        }
        session.removeAttribute(SIGNED_IN);
        session.setAttribute(ENDED, Boolean.TRUE);
        return false;
    }

    /** @return true if this browser's sign-in ended without it signing out */
    public static boolean hasEnded(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ENDED) != null;
    }

    /** @return the page of Agora that sent the browser to sign in, if any */
    static Optional<String> pageWanted(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> PAGE_WANTED.equals(c.getName()))
                .map(c -> PATH.matcher(c.getValue()))
                .filter(Matcher::matches)
                .map(m -> Redirects.local(m.group(1), "/").toString())
                .filter(p -> !p.startsWith("/login"))
                .findFirst();
    }
}
