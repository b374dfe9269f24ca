package org.agora.web.search;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.search.SearchQuery;
import org.agora.search.SearchResults;
import org.agora.search.SearchService;
import org.agora.search.index.SearchRequest.Period;
import org.agora.web.security.CurrentUser;

/** The search page, with its facet filters. */
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
    public String search(@QueryParam("q") String query, @QueryParam("type") String type,
                         @QueryParam("space") String space, @QueryParam("author") String author,
                         @QueryParam("tag") String tag, @QueryParam("date") String date,
                         @QueryParam("sort") String sort) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        SearchFilters filters = SearchFilters.of(q, type, space, author, tag, date, sort);
        SearchResults results = q.isEmpty() ? SearchResults.empty("") : search.search(new SearchQuery(q,
                filters.type(), filters.spaceId(), filters.authorId(), filters.tag(),
                Period.of(filters.date()).orElse(null), filters.byDate()), current.require().id());
        models.put("q", q);
        models.put("filters", filters);
        models.put("results", results);
        return "search.html";
    }
}
