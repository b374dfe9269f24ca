package org.agora.web.assets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * {@code /sw.js}: the service worker that makes Agora installable and shows an offline notice. It is served from
 * the root, not from {@code /assets/}, because a worker only handles the pages under its own address; and it is
 * revalidated on each visit, so that a new version reaches every browser.
 */
@Path("sw.js")
public class ServiceWorkerResource {

    @GET
    public Response worker() {
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        return Response.ok(ServiceWorkerResource.class.getClassLoader().getResourceAsStream("assets/sw.js"),
                        "text/javascript; charset=UTF-8").cacheControl(cache).build();
    }
}
