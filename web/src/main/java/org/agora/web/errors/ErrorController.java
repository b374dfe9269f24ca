package org.agora.web.errors;

import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The target of web.xml's error pages, for errors raised before a controller runs (such as a 403 for a member). */
@Path("error/{status: [45][0-9]{2}}")
@Produces(MediaType.TEXT_HTML)
public class ErrorController {

    @Inject
    Models models;

    @GET
    public Response get(@PathParam("status") int status) {
        String message = switch (status) {
            case 403 -> "Your account does not give access to this page.";
            case 404 -> "There is nothing at this address. It may have moved, or the link may be wrong.";
            default -> "Agora could not answer this request.";
        };
        return ErrorPages.page(models, status, ErrorPages.titleFor(status), message);
    }

    // an error dispatch keeps the method of the request that failed
    @POST
    public Response post(@PathParam("status") int status) {
        return get(status);
    }
}
