package org.agora.web.search;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.search.SearchResults;
import org.agora.search.SearchService;
import org.agora.web.security.CurrentUser;

/** The search page. */
@Controller
@Path("search")
@Produces(MediaType.TEXT_HTML)
public class SearchController {

    private static final int MAX_QUERY = 200;

    @Inject
    Models models;

    @Inject
    SearchService search;

    @Inject
    CurrentUser current;

    @GET
    public String search(@QueryParam("q") String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        SearchResults results = q.isEmpty() ? SearchResults.empty("") : search.search(q, current.require().id());
        models.put("q", q);
        models.put("results", results);
        return "search.html";
    }
}
