package org.agora.web.people;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.agora.database.Retries;
import org.agora.edits.EditConflictException;
import org.agora.people.photos.PhotoService;
import org.agora.people.profile.ProfileService;
import org.agora.people.profile.model.ProfileDraft;
import org.agora.people.profile.model.ProfileField;
import org.agora.people.profile.model.Visibility;
import org.agora.validation.InvalidInputException;
import org.agora.web.edits.SeenVersions;
import org.agora.web.forms.Refusals;
import org.agora.web.notices.Done;
import org.agora.web.security.CurrentUser;
import org.agora.web.security.MultipartCsrf;

/** Editing one's own profile and uploading one's photo. */
@Controller
@Path("profile")
@Produces(MediaType.TEXT_HTML)
public class ProfileController {

    @Inject
    Refusals refusals;

    @Inject
    Retries retries;

    private static final String VIEW = "people/edit.html";

    @Inject
    MultipartCsrf csrf;

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    ProfileService profiles;

    @Inject
    PhotoService photos;

    @Inject
    CurrentUser current;

    @GET
    public String form() {
        // the version first: a save in between makes the form older than it is, never newer
        models.put("version", profiles.version(me()));
        show(profiles.draft(me()));
        return VIEW;
    }

    @POST
    @CsrfProtected
    public Response save(@BeanParam ProfileForm form, @FormParam(SeenVersions.FIELD) String version) {
        ProfileDraft draft = form.toDraft();
        try {
            long me = me();
            retries.run(() -> profiles.save(me, draft, SeenVersions.of(version)));
            return Done.seeOther("/people/" + me, "profile");
        } catch (InvalidInputException e) {
            models.put("version", SeenVersions.of(version).value());
            show(draft);
            return refusals.showByField(VIEW, e);
        } catch (EditConflictException e) {
            // what they typed stays in the form, now at the stored version; the stored profile shows above it
            models.put("version", profiles.version(me()));
            models.put("conflict", profiles.draft(me()));
            show(draft);
            return Response.status(Response.Status.CONFLICT).entity(VIEW).build();
        }
    }

    /**
     * Multipart forms carry the CSRF token as a part, which Krazo does not read, so it is checked here.
     */
    @POST
    @Path("photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("_csrf") String token, @FormParam("photo") EntityPart photo)
            throws IOException {
        csrf.check(token);
        if (photo == null) {
            return invalidPhoto(new InvalidInputException("photo", "error.photo.missing"));
        }
        try (InputStream content = photo.getContent()) {
            photos.upload(me(), content);
            return Response.seeOther(URI.create("/people/" + me())).build();
        } catch (InvalidInputException e) {
            return invalidPhoto(e);
        }
    }

    private Response invalidPhoto(InvalidInputException e) {
        models.put("version", profiles.version(me()));
        show(profiles.draft(me()));
        return refusals.showByField(VIEW, "photo", e);
    }

    private void show(ProfileDraft draft) {
        models.put("draft", draft);
        models.put("errors", Map.of());
        models.put("fields", ProfileField.values());
        models.put("visibilities", Visibility.values());
        models.put("photoVersion", profiles.photoVersion(me()));
        models.put("me", me());
        models.put("section", "people");
    }

    private long me() {
        return current.require().id();
    }
}
