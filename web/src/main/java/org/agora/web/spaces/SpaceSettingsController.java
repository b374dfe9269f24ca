package org.agora.web.spaces;

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
import java.util.List;
import java.util.Map;
import org.agora.database.Retries;
import org.agora.edits.EditConflictException;
import org.agora.spaces.MemberView;
import org.agora.spaces.SpaceMembership;
import org.agora.spaces.SpaceService;
import org.agora.spaces.SpaceSettings;
import org.agora.spaces.model.MembershipStatus;
import org.agora.spaces.model.SpacePicture;
import org.agora.spaces.pictures.SpacePictureService;
import org.agora.validation.InvalidInputException;
import org.agora.web.edits.SeenVersions;
import org.agora.web.forms.Refusals;
import org.agora.web.notices.Done;
import org.agora.web.security.CurrentUser;
import org.agora.web.security.MultipartCsrf;

/**
 * A space's settings page, for its owner and moderators only: name and description, cover image and icon, the
 * queue of requests to join and the members' roles (answered by {@link MembersController}).
 */
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
    SpaceMembership membership;

    @Inject
    CurrentUser current;

    @Inject
    Refusals refusals;

    @Inject
    Retries retries;

    @Inject
    SpacePictureService pictures;

    @Inject
    MultipartCsrf csrf;

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

    /** A new cover image or icon; multipart, so the CSRF token is checked here. */
    @POST
    @Path("picture")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response picture(@PathParam("slug") String slug, @FormParam(MultipartCsrf.TOKEN) String token,
                            @FormParam("kind") String kind, @FormParam("picture") EntityPart picture)
            throws IOException {
        csrf.check(token);
        long me = me();
        SpacePicture which = SpacePicture.parse(kind).orElse(SpacePicture.ICON);
        // a file field left empty sends no bytes, which the service refuses as a missing picture
        try (InputStream content = picture == null ? InputStream.nullInputStream() : picture.getContent()) {
            pictures.upload(slug, me, which, content);
            return Done.seeOther("/spaces/" + slug + "/settings", "picture");
        } catch (InvalidInputException e) {
            SpaceSettings settings = spaces.settings(slug, me);
            show(settings, settings.name(), settings.description(), settings.version());
            return refusals.showByField(VIEW, e);
        }
    }

    private void show(SpaceSettings settings, String name, String description, Long version) {
        models.put("space", settings.space());
        List<MemberView> members = membership.members(settings.space().slug(), me());
        models.put("members", members);
        models.put("requests", members.stream().filter(m -> m.status() == MembershipStatus.REQUESTED).toList());
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
