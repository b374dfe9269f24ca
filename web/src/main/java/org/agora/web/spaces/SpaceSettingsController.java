package org.agora.web.spaces;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.agora.edits.EditConflictException;
import org.agora.spaces.SpaceService;
import org.agora.spaces.SpaceSettings;
import org.agora.validation.InvalidInputException;
import org.agora.web.edits.SeenVersions;
import org.agora.web.forms.Refusals;
import org.agora.web.retries.Retries;
import org.agora.web.security.CurrentUser;

/** A space's name and description, changed by its owner and moderators. */
@Controller
@Path("spaces/{slug: [a-z0-9-]{1,90}}/settings")
@Produces(MediaType.TEXT_HTML)
public class SpaceSettingsController {

    private static final String VIEW = "spaces/settings.html";

    @Inject
    Models models;

    @Inject
    SpaceService spaces;

    @Inject
    CurrentUser current;

    @Inject
    Refusals refusals;

    @Inject
    Retries retries;

    @GET
    public String form(@PathParam("slug") String slug) {
        SpaceSettings settings = spaces.settings(slug, me());
        show(settings, settings.name(), settings.description(), settings.version());
        return VIEW;
    }

    @POST
    @CsrfProtected
    public Response save(@PathParam("slug") String slug, @FormParam("name") String name,
                         @FormParam("description") String description,
                         @FormParam(SeenVersions.FIELD) String version) {
        long me = me();
        try {
            retries.run(() -> spaces.describe(slug, me, name, description, SeenVersions.of(version)));
            return SpacesController.back(slug);
        } catch (InvalidInputException e) {
            show(spaces.settings(slug, me), name, description, SeenVersions.of(version).value());
            return refusals.showByField(VIEW, e);
        } catch (EditConflictException e) {
            // what they typed stays in the form, now at the stored version; the stored values show next to it
            SpaceSettings theirs = spaces.settings(slug, me);
            show(theirs, name, description, theirs.version());
            models.put("conflict", theirs);
            return Response.status(Response.Status.CONFLICT).entity(VIEW).build();
        }
    }

    private void show(SpaceSettings settings, String name, String description, Long version) {
        models.put("space", settings.space());
        models.put("name", name);
        models.put("description", description);
        models.put("version", version);
        models.put("errors", Map.of());
        models.put("section", "spaces");
    }

    private long me() {
        return current.require().id();
    }
}
