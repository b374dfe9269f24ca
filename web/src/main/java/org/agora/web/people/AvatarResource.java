package org.agora.web.people;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.agora.people.photos.PhotoFile;
import org.agora.people.photos.PhotoService;
import org.agora.people.photos.SquarePhoto.Size;
import org.agora.people.profile.ProfileService;
import org.agora.web.security.CurrentUser;

/**
 * {@code /people/{id}/avatar}: a person's small picture wherever their name shows (posts, comments, the top bar):
 * their photo, or their initials drawn as an image when they have none. Pages link it without a version, so
 * browsers keep it ten minutes and then revalidate by entity tag; a new photo shows everywhere after that.
 */
@Path("people/{id: [0-9]{1,18}}/avatar")
public class AvatarResource {

    private static final int TEN_MINUTES = 600;

    @Inject
    PhotoService photos;

    @Inject
    ProfileService profiles;

    @Inject
    CurrentUser current;

    @GET
    public Response avatar(@PathParam("id") long id, @Context Request request) {
        current.require();
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(TEN_MINUTES);
        PhotoFile photo = photos.photo(id, Size.AVATAR).orElse(null);
        String initials = photo == null ? profiles.initials(id) : null;
        EntityTag tag = new EntityTag(photo != null ? photo.etag()
                : "initials-" + Integer.toHexString(initials.hashCode()));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(tag).build();
        }
        return (photo != null ? Response.ok(photo.content(), photo.contentType())
                : Response.ok(svg(initials).getBytes(StandardCharsets.UTF_8), "image/svg+xml"))
                .cacheControl(cache).tag(tag).build();
    }

    // the initials in Agora's avatar colours; the text is escaped, as the name is the person's own
    private static String svg(String initials) {
        String text = initials.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\" width=\"40\" height=\"40\">"
                + "<rect width=\"40\" height=\"40\" rx=\"20\" fill=\"#dbe4ff\"/>"
                + "<text x=\"20\" y=\"21\" text-anchor=\"middle\" dominant-baseline=\"middle\" fill=\"#2f44b0\" "
                + "font-family=\"system-ui,sans-serif\" font-size=\"16\" font-weight=\"600\">" + text + "</text></svg>";
    }
}
