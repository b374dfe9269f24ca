package org.agora.web.notices;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Arrays;

/**
 * Hands the confirmation a redirect left ({@link Done}) to the page that follows, as the request attribute
 * {@code doneNotice} the layout shows, and forgets it: only a page (GET) takes it, not the scripts, pictures and
 * background requests that load with it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DoneNotices extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String done = "GET".equals(request.getMethod()) && request.getCookies() != null && wantsPage(request)
                ? Arrays.stream(request.getCookies()).filter(c -> Done.COOKIE.equals(c.getName()))
                        .map(Cookie::getValue).filter(v -> v.matches("[a-z]{1,20}")).findFirst().orElse(null)
                : null;
        if (done == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute("doneNotice", done);
        chain.doFilter(request, new Forgetting(response));
    }

    /** Forgets the confirmation once a page shows it: an HTML answer, whose headers are open when its type is set. */
    private static final class Forgetting extends HttpServletResponseWrapper {

        private boolean forgotten;

        Forgetting(HttpServletResponse response) {
            super(response);
        }

        private void typed(String type) {
            if (!forgotten && type != null && type.startsWith("text/html")) {
                forgotten = true;
                Cookie spent = new Cookie(Done.COOKIE, "");
                spent.setPath("/");
                spent.setMaxAge(0);
                spent.setHttpOnly(true);
                addCookie(spent);
            }
        }

        @Override
        public void setContentType(String type) {
            typed(type);
            super.setContentType(type);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                typed(value);
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                typed(value);
            }
            super.addHeader(name, value);
        }
    }

    // a page read by a browser asks for HTML (also when a service worker passes the request on), other clients
    // ask for nothing in particular; a part of a page refreshed in place (assets/inplace.js) says so
    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return (accept == null || accept.contains("text/html")) && request.getHeader("X-Agora-Part") == null
                && !request.getRequestURI().startsWith("/assets/");
    }
}
