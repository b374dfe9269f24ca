package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.agora.people.importing.EmployeeImportService;
import org.agora.people.importing.ImportRunView;
import org.agora.people.importing.ImportRuns;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;
import org.agora.web.forms.Refusals;
import org.agora.web.security.CurrentUser;
import org.agora.web.security.MultipartCsrf;

/**
 * Importing employees from a CSV file ({@link ImportTemplates} gives the template to start from): the upload, a preview of the first rows and their
 * problems, the confirmation, and following the import as it runs.
 */
@Controller
@Path("admin/imports")
@Produces(MediaType.TEXT_HTML)
public class ImportsAdminController {

    @Inject
    Refusals refusals;

    private static final int SHOWN_REJECTIONS = 1000;
    private static final int PREVIEW_ROWS = 10;


    @Inject
    Models models;

    @Inject
    MultipartCsrf csrf;

    @Inject
    EmployeeImportService imports;

    @Inject
    ImportRuns runs;

    @Inject
    CurrentUser current;

    @GET
    public String list() {
        models.put("runs", runs.recent(20));
        models.put("section", "imports");
        return "admin/imports.html";
    }

    /**
     * Keeps the uploaded file and shows its preview; nothing is imported yet. Multipart forms carry the CSRF token as
     * a part, which Krazo does not read, so it is checked here.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("_csrf") String token, @FormParam("file") EntityPart file) throws IOException {
        csrf.check(token);
        if (file == null) {
            return invalid(new InvalidInputException("file", "error.import.missing"));
        }
        try (InputStream content = file.getContent()) {
            String staged = imports.stage(file.getFileName().orElse("employees.csv"), content);
            return Response.seeOther(URI.create("/admin/imports/preview/" + staged)).build();
        } catch (InvalidInputException e) {
            return invalid(e);
        }
    }

    private Response invalid(InvalidInputException e) {
        list();
        return refusals.show("admin/imports.html", e);
    }

    /** The first rows of the uploaded file and their problems, and the button that imports it. */
    @GET
    @Path("preview/{token: [0-9a-f-]{36}}")
    public String preview(@PathParam("token") String token) {
        models.put("preview", imports.preview(token, PREVIEW_ROWS));
        models.put("section", "imports");
        return "admin/import-preview.html";
    }

    @POST
    @Path("preview/{token: [0-9a-f-]{36}}")
    @CsrfProtected
    public Response confirm(@PathParam("token") String token) {
        long runId = imports.start(token, current.require().id());
        return Response.seeOther(URI.create("/admin/imports/" + runId)).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public String run(@PathParam("id") long id) {
        ImportRunView run = imports.view(id).orElseThrow(() -> new UnknownItemException("error.import.unknown"));
        models.put("run", run);
        models.put("rejections", runs.rejections(id, SHOWN_REJECTIONS));
        models.put("shownRejections", SHOWN_REJECTIONS);
        models.put("refresh", !run.finished());
        models.put("section", "imports");
        return "admin/import.html";
    }
}
