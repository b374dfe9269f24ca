package org.agora.ideas;

import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.content.ContentItem;

/** One idea: its page, votes and the managers' answers. */
final class IdeaView {

    private IdeaView() {
    }

    /** @return the author as readers see them: a name, "Anonymous" or "a former employee", in their language */
    static String author(IdeaRequest w, Idea idea) {
        if (idea.anonymous()) {
            return w.messages.get("ideas.anonymous");
        }
        if (idea.authorId() == 0) {
            return w.messages.get("ideas.formerEmployee");
        }
        return w.context.people().byId(idea.authorId()).map(PersonRef::name)
                .orElse(w.messages.get("ideas.formerEmployee"));
    }

    static PageResult show(IdeaRequest w, Idea idea, String error, int status) {
        return show(w, idea, error, status, null);
    }

    /** @param typed what the author typed in the edit form that was refused, shown again; null for none */
    static PageResult show(IdeaRequest w, Idea idea, String error, int status, Submission.Form typed) {
        Map<String, Object> model = w.model();
        model.put("mayEdit", IdeaEdit.mayEdit(w, idea));
        model.put("edit", typed != null ? typed
                : new Submission.Form(idea.title(), idea.text(), idea.category(), idea.anonymous(), idea.campaign()));
        model.put("editOpen", typed != null);
        model.put("categories", IdeaSettings.categories(w.settings()));
        Optional<ContentItem> item = w.context.content().find(idea.contentId(), w.viewer());
        model.put("idea", idea);
        model.put("author", author(w, idea));
        model.put("created", w.shown(idea.created()));
        model.put("textHtml", idea.text().isBlank() ? "" : w.context.renderMarkdown(idea.text()));
        model.put("voted", new Votes(w.context.records()).hasVoted(idea.contentId(), w.viewer().id()));
        model.put("answers", Answer.of(w.context.records(), idea.contentId()));
        model.put("answeredOn", (java.util.function.Function<Answer, String>) a -> w.shown(a.at()));
        model.put("discussion", item.map(ContentItem::discussionPath).orElse(""));
        model.put("comments", item.map(ContentItem::comments).orElse(0L));
        model.put("nextStatuses", java.util.Arrays.stream(Status.values()).filter(idea.status()::mayMoveTo).toList());
        model.put("duplicateOfPath", idea.duplicateOf() == 0 ? "" : w.path(idea.duplicateOf(), ""));
        model.put("campaign", Campaigns.of(w, idea).orElse(null));
        model.put("files", w.context.content().files(idea.contentId()));
        model.put("error", error);
        model.put("ideaPath", "/i/" + idea.contentId());
        return new PageResult.View("idea", idea.title(), model, status);
    }

    static PageResult vote(IdeaRequest w, Idea idea, boolean forIt) {
        if (!idea.status().open()) {
            return show(w, idea, w.messages.get("ideas.error.vote.closed"), 409);
        }
        if (Campaigns.of(w, idea).filter(c -> !c.openAt(w.now)).isPresent()) {
            return show(w, idea, w.messages.get("ideas.error.vote.campaign"), 409);
        }
        Votes votes = new Votes(w.context.records());
        if (forIt) {
            votes.vote(idea, w.viewer().id());
        } else {
            votes.withdraw(idea, w.viewer().id());
        }
        return PageResult.redirect(w.path(idea.contentId(), ""));
    }

    static PageResult answer(IdeaRequest w, Idea idea) {
        if (!w.mayManage()) {
            return new PageResult.Forbidden(w.messages.get("ideas.error.notManager"));
        }
        Optional<Workflow.Refusal> refused = new Workflow(w.context).change(idea, w.parameter("status"),
                w.parameter("answer"), w.parameter("duplicateOf"), w.viewer(), w.path(idea.contentId(), ""));
        if (refused.isPresent()) {
            Idea now = w.ideas.byContent(idea.contentId()).orElse(idea);
            return show(w, now, w.messages.get(refused.get().key(), refused.get().args()), refused.get().status());
        }
        return PageResult.redirect(w.path(idea.contentId(), ""));
    }
}
