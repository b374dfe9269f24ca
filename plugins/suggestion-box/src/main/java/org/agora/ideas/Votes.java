package org.agora.ideas;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;

/**
 * Votes: one record per person and idea, owned by the voter (so it is in their export and goes when their data is
 * erased) and tied to the idea's content item (so it goes with the idea). The key of
 * {@link RecordStore#createUnique} keeps it at one per person even when two clicks arrive together. The idea's count
 * is recounted from the records after each change, never added to, so it cannot drift.
 */
final class Votes {

    static final String VOTES = "votes";

    private final RecordStore records;
    private final IdeaStore ideas;

    Votes(RecordStore records) {
        this.records = records;
        this.ideas = new IdeaStore(records);
    }

    private static String key(long contentId, long personId) {
        return "idea-" + contentId + "/person-" + personId;
    }

    /** @return true if the vote was counted, false if the person had already voted */
    boolean vote(Idea idea, long personId) {
        Map<String, String> fields = Map.of("idea", String.valueOf(idea.contentId()), "box",
                String.valueOf(idea.box()));
        boolean counted = records.createUnique(VOTES, key(idea.contentId(), personId), fields, personId,
                idea.contentId()).isPresent();
        recount(idea.contentId());
        return counted;
    }

    /** @return true if a vote was withdrawn */
    boolean withdraw(Idea idea, long personId) {
        Optional<StoredRecord> vote = of(idea.contentId(), personId);
        vote.ifPresent(v -> records.delete(VOTES, v.id()));
        recount(idea.contentId());
        return vote.isPresent();
    }

    boolean hasVoted(long contentId, long personId) {
        return of(contentId, personId).isPresent();
    }

    private Optional<StoredRecord> of(long contentId, long personId) {
        return records.find(RecordQuery.in(VOTES).where("idea", String.valueOf(contentId)).ownedBy(personId)
                .limit(1)).stream().findFirst();
    }

    /** @return the people who vote for an idea */
    List<Long> voters(long contentId) {
        return IdeaStore.all(records, RecordQuery.in(VOTES).where("idea", String.valueOf(contentId))).stream()
                .map(StoredRecord::ownerId).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Moves an idea's votes to the idea it duplicates: each voter's vote goes over unless they already voted
     * there, so that nobody is counted twice.
     */
    void move(Idea from, Idea to) {
        for (StoredRecord vote : IdeaStore.all(records, RecordQuery.in(VOTES)
                .where("idea", String.valueOf(from.contentId())))) {
            if (vote.ownerId() != null) {
                records.createUnique(VOTES, key(to.contentId(), vote.ownerId()), Map.of("idea",
                        String.valueOf(to.contentId()), "box", String.valueOf(to.box())), vote.ownerId(),
                        to.contentId());
            }
            records.delete(VOTES, vote.id());
        }
        recount(from.contentId());
        recount(to.contentId());
    }

    /** Deletes a person's votes and recounts the ideas they voted for, when their data is erased. */
    void eraseVotesOf(long personId) {
        for (StoredRecord vote : IdeaStore.all(records, RecordQuery.in(VOTES).ownedBy(personId))) {
            records.delete(VOTES, vote.id());
            vote.field("idea").map(Long::parseLong).ifPresent(this::recount);
        }
    }

    /** @return the votes each idea of a box received since a time, by content id */
    Map<Long, Integer> since(long box, Instant from) {
        Map<Long, Integer> counts = new HashMap<>();
        for (StoredRecord vote : IdeaStore.all(records, RecordQuery.in(VOTES).where("box", String.valueOf(box)))) {
            if (!vote.createdAt().isBefore(from)) {
                vote.field("idea").map(Long::parseLong).ifPresent(id -> counts.merge(id, 1, Integer::sum));
            }
        }
        return counts;
    }

    /** Stores an idea's number of votes as its records say; retried if the idea changed meanwhile. */
    void recount(long contentId) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Idea> idea = ideas.byContent(contentId);
            if (idea.isEmpty()) {
                return;
            }
            int count = (int) records.count(RecordQuery.in(VOTES).where("idea", String.valueOf(contentId)));
            if (idea.get().votes() == count) {
                return;
            }
            try {
                ideas.save(idea.get().withVotes(count));
                return;
            } catch (StaleRecordException changedMeanwhile) {
                // read it again
            }
        }
    }
}
