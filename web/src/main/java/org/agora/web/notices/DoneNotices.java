package org.agora.web.notices;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * Hands the confirmation a redirect left ({@link Done}) to the page that follows, as the request attribute
 * {@code doneNotice} the layout shows, and forgets it: only a page (GET) takes it, not the scripts, pictures and
 * background requests that load with it.
 */
@WebFilter(urlPatterns = "/*")
public class DoneNotices extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && request.getCookies() != null && wantsPage(request)) {
            Arrays.stream(request.getCookies()).filter(c -> Done.COOKIE.equals(c.getName()))
                    .filter(c -> c.getValue().matches("[a-z]{1,20}")).findFirst().ifPresent(c -> {
                        request.setAttribute("doneNotice", c.getValue());
                        Cookie spent = new Cookie(Done.COOKIE, "");
                        spent.setPath("/");
                        spent.setMaxAge(0);
                        spent.setHttpOnly(true);
                        response.addCookie(spent);
                    });
        }
        chain.doFilter(request, response);
    }

    // a browser names what it fetches (document, image, script, empty for fetch()); other clients read pages
    private static boolean wantsPage(HttpServletRequest request) {
        String dest = request.getHeader("Sec-Fetch-Dest");
        String accept = request.getHeader("Accept");
        return (dest == null || dest.equals("document")) && (accept == null || !accept.contains("json"))
                && !request.getRequestURI().startsWith("/assets/");
    }
}
