package org.agora.web.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.search.SearchService;
import org.agora.search.index.Suggestion;
import org.agora.web.security.CurrentUser;

/**
 * {@code GET /search/suggest?q=ca}: people, spaces and hashtags starting with the letters typed, among what the
 * reader may see, as JSON for the search box ({@code assets/search.js}). A root resource of its own, as JAX-RS does
 * not look for sub-paths of the search page's controller.
 */
@Path("search/suggest")
public class SearchSuggestions {

    private static final int MAX_PREFIX = 60;

    @Inject
    SearchService search;

    @Inject
    CurrentUser current;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Suggestion> suggest(@QueryParam("q") String q) {
        long reader = current.require().id();
        if (q == null || q.isBlank() || q.length() > MAX_PREFIX) {
            return List.of();
        }
        return search.suggest(q, reader);
    }
}
