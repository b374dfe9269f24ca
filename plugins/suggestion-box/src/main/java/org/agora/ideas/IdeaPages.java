package org.agora.ideas;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.pf4j.Extension;

/**
 * The suggestion box's pages. With {@code ?space=ID} (the space's "Ideas" tab) they are that space's box, which the
 * host lets through only for people who may read the space; without it, the company's. {@link BoxPages} lists and
 * submits ideas, {@link IdeaView} shows one, votes and answers.
 */
@Extension
public class IdeaPages implements PageHandler {

    private static final Pattern IDEA = Pattern.compile("/i/([0-9]{1,18})(/[a-z]{1,12})?");

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        IdeaRequest w = new IdeaRequest(request, context);
        boolean post = request.isPost();
        switch (request.path()) {
            case "/":
                return post ? BoxPages.submit(w) : BoxPages.home(w);
            case "/review":
                return post ? w.notFound() : BoxPages.review(w);
            case "/dashboard":
                return post ? w.notFound() : Dashboard.show(w);
            case "/similar":
                return post ? w.notFound() : BoxPages.similar(w);
            case "/campaigns":
                return post ? Campaigns.create(w) : w.notFound();
            default:
                break;
        }
        Matcher m = IDEA.matcher(request.path());
        if (!m.matches()) {
            return w.notFound();
        }
        Idea idea = w.idea(Long.parseLong(m.group(1))).orElse(null);
        if (idea == null) {
            return w.notFound();
        }
        String action = m.group(2) == null ? "" : m.group(2).substring(1);
        if (!post) {
            return action.isEmpty() ? IdeaView.show(w, idea, "", 200) : w.notFound();
        }
        return switch (action) {
            case "vote" -> IdeaView.vote(w, idea, true);
            case "unvote" -> IdeaView.vote(w, idea, false);
            case "status" -> IdeaView.answer(w, idea);
            case "edit" -> IdeaEdit.edit(w, idea);
            default -> w.notFound();
        };
    }
}
