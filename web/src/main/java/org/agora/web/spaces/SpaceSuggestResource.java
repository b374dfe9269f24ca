package org.agora.web.spaces;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.mentions.MentionService;
import org.agora.mentions.SpaceSuggestion;
import org.agora.web.security.CurrentUser;

/**
 * {@code GET /mentions/spaces?q=la}: the spaces a mention may name, as JSON, for the composer's autocomplete
 * ({@code assets/mentions.js}); only public spaces and the writer's own. Not under {@code /spaces/}, where it would
 * hide a space whose address were "suggest".
 */
@Path("mentions/spaces")
public class SpaceSuggestResource {

    @Inject
    MentionService mentions;

    @Inject
    CurrentUser current;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<SpaceSuggestion> suggest(@QueryParam("q") String q) {
        return mentions.suggestSpaces(q, current.require().id());
    }
}
