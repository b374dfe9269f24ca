package org.agora.web.people;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import org.agora.people.photos.PhotoFile;
import org.agora.people.photos.PhotoService;
import org.agora.people.photos.SquarePhoto.Size;
import org.agora.validation.UnknownItemException;

/**
 * Profile photos as images, for signed-in colleagues. Pages link them with the photo's version, so browsers may keep
 * them for a day and revalidate by entity tag; private, so that shared caches never hold them.
 */
@Path("people/{id: [0-9]{1,18}}/photo")
public class PhotoResource {

    private static final int DAY = 24 * 60 * 60;

    @Inject
    PhotoService photos;

    @GET
    public Response photo(@PathParam("id") long id, @QueryParam("size") String size, @Context Request request) {
        PhotoFile file = photos.photo(id, Size.parse(size))
                .orElseThrow(() -> new UnknownItemException("error.photo.none"));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(DAY);
        EntityTag tag = new EntityTag(file.etag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(file.content(), file.contentType()).cacheControl(cache).tag(tag).build();
    }
}
