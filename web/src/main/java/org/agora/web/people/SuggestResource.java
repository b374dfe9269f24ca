package org.agora.web.people;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.mentions.MentionService;
import org.agora.mentions.MentionSuggestion;
import org.agora.web.security.CurrentUser;

/**
 * {@code GET /people/suggest?q=ca}: the people a mention may name, as JSON, for the composer's autocomplete
 * ({@code assets/mentions.js}). Signed-in members only, as every page.
 */
@Path("people/suggest")
public class SuggestResource {

    @Inject
    MentionService mentions;

    @Inject
    CurrentUser current;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<MentionSuggestion> suggest(@QueryParam("q") String q) {
        current.require();
        return mentions.suggest(q);
    }
}
