package org.agora.ideas;

import java.util.List;
import java.util.Optional;
import org.agora.plugins.api.UploadedFile;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentRefusedException;

/**
 * Submits an idea to a box: checks the title, text, category and anonymity, publishes the idea's content item
 * (anonymously if asked, so that the host keeps no author), attaches its files, then stores its payload; if a file or
 * the payload cannot be stored, the item is deleted again, so nothing half-written remains.
 */
final class Submission {

    /** The longest title, the host's limit for a content item's. */
    static final int MAX_TITLE = 200;
    /** The longest description. */
    static final int MAX_TEXT = 20_000;

    /** What was typed, to show the form again. */
    record Form(String title, String description, String category, boolean anonymous, long campaign) {
    }

    private Submission() {
    }

    /** @return the message key (with arguments) of why it was refused, or the new idea */
    static Result submit(IdeaRequest w, Form form) {
        String title = form.title().strip();
        Optional<Result> wrong = check(w, title, form.description(), form.category());
        if (wrong.isPresent()) {
            return wrong.get();
        }
        if (form.anonymous() && !w.settings().getBoolean(IdeaSettings.ANONYMOUS)) {
            return Result.refused("ideas.error.anonymous");
        }
        Optional<Result> closed = Campaigns.refuses(w, form.campaign());
        if (closed.isPresent()) {
            return closed.get();
        }
        ContentDraft draft = new ContentDraft(IdeaContent.IDEA, w.viewer().id(), w.space == null ? null
                : w.space.id(), title, form.description(), "/i/" + ContentDraft.ID + w.query());
        ContentItem item;
        try {
            item = form.anonymous() ? w.context.content().publishAnonymously(draft)
                    : w.context.content().publish(draft);
        } catch (ContentRefusedException refused) {
            return Result.refused("ideas.error.refused", refused.getMessage());
        }
        try {
            if (form.anonymous()) {
                new Authors(w.context.records()).remember(item.id(), w.viewer().id());
            }
            for (UploadedFile file : w.request.files()) {
                if (file.size() > 0) {
                    w.context.content().attach(item.id(), file, w.viewer());
                }
            }
            Idea idea = w.ideas.create(new Idea(0, 0, w.box(), item.id(), title, form.description(), form.category(), Status.NEW, 0,
                    form.anonymous() ? 0 : w.viewer().id(), form.anonymous(), w.now, null, 0, form.campaign()));
            return new Result(Optional.of(idea), "", new Object[0]);
        } catch (ContentRefusedException refused) {
            w.context.content().delete(item.id());
            return Result.refused("ideas.error.refused", refused.getMessage());
        } catch (RuntimeException failed) {
            w.context.content().delete(item.id());
            throw failed;
        }
    }

    /** @return why a title (stripped), description and category are refused, if they are, on submitting or editing */
    static Optional<Result> check(IdeaRequest w, String title, String description, String category) {
        if (title.isEmpty()) {
            return Optional.of(Result.refused("ideas.error.title.empty"));
        }
        if (title.length() > MAX_TITLE) {
            return Optional.of(Result.refused("ideas.error.title.long", MAX_TITLE));
        }
        if (description.length() > MAX_TEXT) {
            return Optional.of(Result.refused("ideas.error.text.long", MAX_TEXT));
        }
        List<String> categories = IdeaSettings.categories(w.settings());
        if (!category.isEmpty() && !categories.contains(category)) {
            return Optional.of(Result.refused("ideas.error.category"));
        }
        return Optional.empty();
    }

    /** The idea, or the message key and arguments of why it was refused. */
    record Result(Optional<Idea> idea, String key, Object[] args) {
        static Result refused(String key, Object... args) {
            return new Result(Optional.empty(), key, args);
        }
    }
}
