package org.agora.web.spaces;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.agora.files.FileStore;
import org.agora.spaces.model.SpacePicture;
import org.agora.spaces.pictures.SpacePictureService;
import org.agora.web.security.CurrentUser;

/**
 * A space's cover image and icon, for those who may find the space. Pages link them with the picture's version, so
 * browsers keep them for a day; private, so that shared caches never hold them.
 */
@Path("spaces/{slug: [a-z0-9-]{1,90}}/{picture: cover|icon}")
public class SpacePictures {

    private static final int DAY = 24 * 60 * 60;

    @Inject
    SpacePictureService pictures;

    @Inject
    FileStore files;

    @Inject
    CurrentUser current;

    @GET
    public Response picture(@PathParam("slug") String slug, @PathParam("picture") String picture)
            throws IOException {
        String hash = pictures.picture(slug, SpacePicture.parse(picture).orElseThrow(), current.require().id());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(DAY);
        return Response.ok(files.open(hash), "image/jpeg").cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
