package org.agora.ideas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.pf4j.Extension;

/**
 * A person's ideas in their export: named ones with their title, status and time; anonymous ones only as "an
 * anonymous idea", with nothing that leads to the idea (the export is downloaded by an administrator). Their votes
 * are records they own, which the host exports itself. Erasing a person keeps their named ideas, shown as by a
 * former employee, removes their votes (recounting the ideas) and forgets which anonymous ideas were theirs.
 */
@Extension
public class IdeaPersonalData implements PersonalDataHandler {

    static final String ANONYMOUS_IDEA = "an anonymous idea";

    @Override
    public Object exportData(long personId, PluginContext context) {
        List<Object> ideas = new ArrayList<>();
        for (Idea idea : new IdeaStore(context.records()).byAuthor(personId)) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("title", idea.title());
            one.put("description", idea.text());
            one.put("category", idea.category());
            one.put("status", idea.status().key());
            one.put("submitted", idea.created());
            ideas.add(one);
        }
        long anonymous = new Authors(context.records()).count(personId);
        for (long i = 0; i < anonymous; i++) {
            ideas.add(ANONYMOUS_IDEA);
        }
        return ideas.isEmpty() ? null : Map.of("ideas", ideas);
    }

    @Override
    public void erase(long personId, PluginContext context) {
        IdeaStore store = new IdeaStore(context.records());
        for (Idea idea : store.byAuthor(personId)) {
            store.save(idea.withoutAuthor());
        }
        new Votes(context.records()).eraseVotesOf(personId);
        new Authors(context.records()).forget(personId);
    }
}
