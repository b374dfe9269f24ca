package org.agora.ideas;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.Viewer;

/**
 * Moves an idea to another status with a public answer: checks every rule before writing anything, then saves the
 * status, lists the answer on the idea, moves a duplicate's votes to the idea it duplicates, and tells the author and
 * the voters in their language.
 */
final class Workflow {

    /** Why a change was refused: an HTTP status and a message key of the bundle, with its arguments. */
    record Refusal(int status, String key, Object... args) {
    }

    private final PluginContext context;
    private final IdeaStore ideas;
    private final Votes votes;

    Workflow(PluginContext context) {
        this.context = context;
        this.ideas = new IdeaStore(context.records());
        this.votes = new Votes(context.records());
    }

    /**
     * @param statusKey the new status's key
     * @param text      the public answer
     * @param duplicate for a duplicate, the number of the idea it duplicates, as typed
     * @param path      the idea's address below the plugin, for notifications
     * @return why it was refused, or empty when it was done
     */
    Optional<Refusal> change(Idea idea, String statusKey, String text, String duplicate, Viewer manager,
                             String path) {
        Optional<Status> next = Status.of(statusKey);
        if (next.isEmpty()) {
            return Optional.of(new Refusal(400, "ideas.error.status"));
        }
        if (!idea.status().mayMoveTo(next.get())) {
            return Optional.of(new Refusal(409, "ideas.error.final"));
        }
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            return Optional.of(new Refusal(400, "ideas.error.answer.empty"));
        }
        if (answer.length() > Answer.MAX) {
            return Optional.of(new Refusal(400, "ideas.error.answer.long", Answer.MAX));
        }
        Idea original = null;
        if (next.get() == Status.DUPLICATE) {
            String number = duplicate == null ? "" : duplicate.strip().replaceFirst("^#", "");
            if (!number.matches("[0-9]{1,18}")) {
                return Optional.of(new Refusal(400, "ideas.error.duplicate.missing"));
            }
            long target = Long.parseLong(number);
            if (target == idea.contentId()) {
                return Optional.of(new Refusal(400, "ideas.error.duplicate.self"));
            }
            Optional<Idea> found = ideas.byContent(target).filter(o -> o.box() == idea.box());
            if (found.isEmpty()) {
                return Optional.of(new Refusal(400, "ideas.error.duplicate.otherBox"));
            }
            if (!found.get().status().open()) {
                return Optional.of(new Refusal(400, "ideas.error.duplicate.closed"));
            }
            original = found.get();
        }
        Instant now = context.clock().instant();
        try {
            ideas.save(idea.answered(next.get(), original == null ? 0 : original.contentId(), now));
        } catch (StaleRecordException changedMeanwhile) {
            return Optional.of(new Refusal(409, "ideas.error.stale"));
        }
        Answer.add(context.records(), idea, new Answer(next.get(), answer, manager.name(), now,
                original == null ? 0 : original.contentId()));
        Set<Long> voters = new LinkedHashSet<>(votes.voters(idea.contentId()));
        if (original != null) {
            votes.move(idea, original);
        }
        notifyPeople(idea, next.get(), voters, manager, path);
        return Optional.empty();
    }

    private void notifyPeople(Idea idea, Status next, Set<Long> voters, Viewer manager, String path) {
        Optional<Long> author = idea.anonymous() ? new Authors(context.records()).of(idea.contentId())
                : Optional.of(idea.authorId()).filter(id -> id != 0);
        // the author of an anonymous idea hears of it too, in a notification nobody else may ever read
        author.filter(id -> id != manager.id()).map(id -> PluginNotification.message(id,
                        "notify.author." + next.key(), path, idea.title()))
                .map(n -> idea.anonymous() ? n.asConfidential() : n).ifPresent(context::notify);
        voters.stream().filter(id -> id != manager.id() && !author.equals(Optional.of(id)))
                .forEach(id -> context.notify(PluginNotification.message(id, "notify.voter." + next.key(), path,
                        idea.title())));
    }
}
