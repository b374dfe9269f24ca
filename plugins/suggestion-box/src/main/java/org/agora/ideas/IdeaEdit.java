package org.agora.ideas;

import java.util.Optional;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentRefusedException;

/**
 * The author changes an idea's title, text and category until a manager first answers it: after that, the answers
 * and votes are about the words as they were. An anonymous idea stays anonymous: its author is known only through
 * {@link Authors}, and the host records no editor.
 */
final class IdeaEdit {

    private IdeaEdit() {
    }

    /** @return true if the viewer wrote the idea and may still change it */
    static boolean mayEdit(IdeaRequest w, Idea idea) {
        return idea.status() == Status.NEW && isAuthor(w, idea);
    }

    private static boolean isAuthor(IdeaRequest w, Idea idea) {
        long viewer = w.viewer().id();
        return idea.anonymous() ? new Authors(w.context.records()).of(idea.contentId()).filter(id -> id == viewer)
                .isPresent() : idea.authorId() == viewer;
    }

    static PageResult edit(IdeaRequest w, Idea idea) {
        if (!isAuthor(w, idea)) {
            return new PageResult.Forbidden(w.messages.get("ideas.error.notAuthor"));
        }
        if (idea.status() != Status.NEW) {
            return IdeaView.show(w, idea, w.messages.get("ideas.error.edit.answered"), 409);
        }
        String title = w.parameter("title").strip();
        String description = w.parameter("description");
        String category = w.parameter("category");
        Optional<Submission.Result> wrong = Submission.check(w, title, description, category);
        if (wrong.isPresent()) {
            return IdeaView.show(w, idea, w.messages.get(wrong.get().key(), wrong.get().args()), 400,
                    new Submission.Form(title, description, category, idea.anonymous(), idea.campaign()));
        }
        ContentDraft draft = new ContentDraft(IdeaContent.IDEA, w.viewer().id(), idea.box() == 0 ? null : idea.box(),
                title, description, "/i/" + idea.contentId() + w.query());
        try {
            if (idea.anonymous()) {
                w.context.content().updateAnonymously(idea.contentId(), draft);
            } else {
                w.context.content().update(idea.contentId(), draft);
            }
        } catch (ContentRefusedException refused) {
            return IdeaView.show(w, idea, w.messages.get("ideas.error.refused", refused.getMessage()), 403);
        }
        // a vote meanwhile changes the record's version, not its words: read it again and keep the votes
        for (int attempt = 0; ; attempt++) {
            Idea current = w.ideas.byContent(idea.contentId()).orElse(idea);
            try {
                w.ideas.save(current.edited(title, description, category));
                break;
            } catch (StaleRecordException changedMeanwhile) {
                if (attempt == 2) {
                    throw changedMeanwhile;
                }
            }
        }
        return PageResult.redirect(w.path(idea.contentId(), ""));
    }
}
