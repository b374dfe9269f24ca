package org.agora.web.search;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.feed.ItemCard;
import org.agora.feed.PostService;
import org.agora.plugins.content.ContentSource;
import org.agora.search.SearchQuery;
import org.agora.search.SearchResults;
import org.agora.search.SearchService;
import org.agora.search.index.Hit;
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

    @Inject
    PostService posts;

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
        models.put("cards", cards(results));
        return "search.html";
    }

    /** @return what the cards of the plugins' content items among the hits show, by id, for their type's name */
    private Map<Long, ItemCard> cards(SearchResults results) {
        List<Long> ids = results.hits().stream().filter(h -> h.type().equals(ContentSource.TYPE)).map(Hit::id)
                .toList();
        Map<Long, ItemCard> cards = new HashMap<>();
        posts.readable(ids, current.require().id()).forEach((id, view) -> cards.put(id, view.item()));
        return cards;
    }
}
