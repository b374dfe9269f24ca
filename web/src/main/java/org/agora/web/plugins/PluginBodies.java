package org.agora.web.plugins;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets the plugin page controller answer JSON and files. Krazo takes the entity of a controller's response for a
 * view name, so the controller answers without entity and leaves the body in the request; this filter, which runs
 * after Krazo's (lower priority), puts it in the response.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class PluginBodies implements ContainerResponseFilter {

    private static final String BODY = PluginBodies.class.getName() + ".body";
    private static final String TYPE = PluginBodies.class.getName() + ".type";

    @Context
    HttpServletRequest request;

    /** @return the response of {@code builder} that will carry {@code body} as {@code type} */
    static Response send(HttpServletRequest request, Response.ResponseBuilder builder, Object body, MediaType type) {
        request.setAttribute(BODY, body);
        request.setAttribute(TYPE, type);
        return builder.build();
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        Object body = request.getAttribute(BODY);
        if (body != null && responseContext.getEntity() == null) {
            responseContext.setEntity(body, new java.lang.annotation.Annotation[0], (MediaType) request.getAttribute(TYPE));
        }
    }
}
