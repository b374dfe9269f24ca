package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.generator.CompanySize;
import org.agora.generator.GeneratorProgress;
import org.agora.generator.GeneratorService;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;

/** Generating a company for load tests, with a progress bar while the job runs. */
@Controller
@Path("admin/generator")
@Produces(MediaType.TEXT_HTML)
public class GeneratorAdminController {

    @Inject
    Models models;

    @Inject
    GeneratorService generator;

    @Inject
    Refusals refusals;

    @GET
    public String page() {
        GeneratorProgress progress = generator.latest().orElse(null);
        models.put("progress", progress);
        models.put("refresh", progress != null && progress.running());
        models.put("full", CompanySize.FULL.toString().replaceAll("[{}]", "").replace(", ", ","));
        models.put("section", "generator");
        return "admin/generator.html";
    }

    @POST
    @CsrfProtected
    public Response start(@FormParam("size") String size) {
        try {
            generator.start(CompanySize.parse(size == null ? "" : size));
            return Response.seeOther(URI.create("/admin/generator")).build();
        } catch (InvalidInputException e) {
            page();
            return refusals.keep("size", size).show("admin/generator.html", e);
        }
    }
}
