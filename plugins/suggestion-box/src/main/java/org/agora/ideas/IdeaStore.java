package org.agora.ideas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;

/** The ideas' payloads, one record each, tied to their content item so that they go when it goes. */
final class IdeaStore {

    private final RecordStore records;

    IdeaStore(RecordStore records) {
        this.records = records;
    }

    Idea create(Idea idea) {
        return Idea.from(records.create(Idea.IDEAS, idea.fields(), null, idea.contentId()));
    }

    /** @throws org.agora.plugins.api.StaleRecordException if someone changed it since it was read */
    Idea save(Idea idea) {
        return Idea.from(records.update(Idea.IDEAS, idea.recordId(), idea.version(), idea.fields()));
    }

    /** @return the idea of a content item */
    Optional<Idea> byContent(long contentId) {
        return records.find(RecordQuery.in(Idea.IDEAS).where("content", String.valueOf(contentId)).limit(1))
                .stream().findFirst().map(Idea::from);
    }

    /** @return a box's ideas, newest first, or by most votes */
    List<Idea> inBox(long box, String status, boolean byVotes, int limit) {
        RecordQuery q = RecordQuery.in(Idea.IDEAS).where("box", String.valueOf(box));
        if (!status.isEmpty()) {
            q = q.where("status", status);
        }
        if (byVotes) {
            q = q.orderByDescending("votes");
        }
        return records.find(q.limit(limit)).stream().map(Idea::from).toList();
    }

    /** @return a box's new ideas, waiting for a first answer, the longest waiting first */
    List<Idea> waiting(long box, int limit) {
        return records.find(RecordQuery.in(Idea.IDEAS).where("box", String.valueOf(box))
                .where("status", Status.NEW.key()).orderBy("created").limit(limit)).stream().map(Idea::from).toList();
    }

    /** @return every idea of a box, for its dashboard */
    List<Idea> all(long box) {
        return all(records, RecordQuery.in(Idea.IDEAS).where("box", String.valueOf(box))).stream().map(Idea::from)
                .toList();
    }

    /** @return the ideas a person wrote under their name */
    List<Idea> byAuthor(long personId) {
        return all(records, RecordQuery.in(Idea.IDEAS).where("author", String.valueOf(personId))).stream()
                .map(Idea::from).toList();
    }

    void delete(Idea idea) {
        records.delete(Idea.IDEAS, idea.recordId());
    }

    /** @return every record a query finds, page by page */
    static List<StoredRecord> all(RecordStore records, RecordQuery query) {
        List<StoredRecord> all = new ArrayList<>();
        for (int offset = 0; ; offset += RecordQuery.MAX_LIMIT) {
            List<StoredRecord> page = records.find(query.offset(offset).limit(RecordQuery.MAX_LIMIT));
            all.addAll(page);
            if (page.size() < RecordQuery.MAX_LIMIT) {
                return all;
            }
        }
    }
}
