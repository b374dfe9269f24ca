package org.agora.skills;

import java.util.Map;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.pf4j.Extension;

/**
 * The directory's pages: find an expert ({@link SearchPages}), one's own skills and a colleague's profile tab
 * with endorsements ({@link ProfilePages}), the taxonomy and proposals ({@link TaxonomyPages}), mentoring matches
 * ({@link MentoringPages}) and the skill matrix ({@link MatrixPages}). A refused change shows its page again with
 * the reason and a 4xx status.
 */
@Extension
public class SkillsPages implements PageHandler {

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        SkillsRequest s = new SkillsRequest(request, context);
        try {
            return route(s, request.method() + " " + request.path());
        } catch (Refused refused) {
            // the index of a large directory is not built yet
            return new PageResult.View("notice", s.messages.get("skills.menu"),
                    Map.of("notice", s.messages.get(refused.key(), refused.args())), refused.status());
        }
    }

    private static PageResult route(SkillsRequest s, String route) {
        PageRequest request = s.request;
        return switch (route) {
            case "GET /" -> SearchPages.search(s);
            case "GET /mine" -> ProfilePages.mine(s, null);
            case "POST /mine/declare" -> ProfilePages.declare(s);
            case "POST /mine/remove" -> ProfilePages.remove(s);
            case "POST /mine/audience" -> ProfilePages.audience(s);
            case "GET /person" -> ProfilePages.person(s, null);
            case "POST /endorse" -> ProfilePages.endorse(s, true);
            case "POST /unendorse" -> ProfilePages.endorse(s, false);
            case "GET /taxonomy" -> TaxonomyPages.taxonomy(s, null);
            case "POST /propose", "POST /taxonomy/category", "POST /taxonomy/skill", "POST /taxonomy/edit",
                 "POST /proposals/accept", "POST /proposals/merge", "POST /proposals/reject" ->
                    TaxonomyPages.change(s, request.path());
            case "GET /mentoring" -> MentoringPages.matches(s, null);
            case "POST /mentoring/ask", "POST /mentoring/offer" ->
                    MentoringPages.contact(s, request.path().endsWith("ask"));
            case "GET /matrix" -> MatrixPages.matrix(s);
            case "GET /matrix.csv" -> MatrixPages.csv(s);
            case "GET /import" -> ImportPages.form(s);
            case "POST /import" -> ImportPages.start(s);
            default -> s.notFound();
        };
    }
}
