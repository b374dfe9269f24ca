package org.agora.reactions;

import java.util.List;
import java.util.Map;
import org.agora.reactions.model.ReactionKind;

/**
 * The reactions to one post or comment as a reader sees them.
 *
 * @param counts how many people chose each kind; kinds nobody chose are absent
 * @param mine   the reader's own reaction, or null
 */
public record ReactionSummary(Map<ReactionKind, Long> counts, ReactionKind mine) {

    public static final ReactionSummary NONE = new ReactionSummary(Map.of(), null);

    public ReactionSummary {
        counts = Map.copyOf(counts);
    }

    /** @return every kind, in the order the page shows them */
    public List<ReactionKind> kinds() {
        return List.of(ReactionKind.values());
    }

    public long count(ReactionKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return true if the reader reacted */
    public boolean hasMine() {
        return mine != null;
    }

    public boolean isMine(ReactionKind kind) {
        return mine == kind;
    }
}
