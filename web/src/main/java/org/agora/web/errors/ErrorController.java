package org.agora.web.errors;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The target of web.xml's error pages, for errors raised before a controller runs (such as a 403 for a member, or
 * a path the server cannot decode). {@code /error} alone takes the status of the error being dispatched.
 */
@Path("error")
@Produces(MediaType.TEXT_HTML)
public class ErrorController {

    private static final String STATUS = "{status: [45][0-9]{2}}";

    @Inject
    ErrorPages pages;

    @Context
    HttpServletRequest request;

    @GET
    @Path(STATUS)
    public Response get(@PathParam("status") int status) {
        return pages.page(status);
    }

    // an error dispatch keeps the method of the request that failed
    @POST
    @Path(STATUS)
    public Response post(@PathParam("status") int status) {
        return get(status);
    }

    @GET
    public Response dispatched() {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return pages.page(code instanceof Integer c && c >= 400 && c < 600 ? c : 500);
    }

    @POST
    public Response post() {
        return dispatched();
    }
}
