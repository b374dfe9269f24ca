package org.agora.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The administration is for people who administer Agora now: the role read from the database at each request, not
 * the one their sign-in carried, so that an administrator who stepped down or was demoted loses the pages at once.
 */
@WebFilter(urlPatterns = "/admin/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class AdministratorsOnly extends HttpFilter {

    @Inject
    CurrentUser current;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !current.isAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
