package org.agora.ideas;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;

/**
 * Who wrote each anonymous idea: the only place that knows it, read to tell the author of answers and to count their
 * anonymous ideas in their own export. No page, card, search result or export of anyone else reads it. The records
 * have no owner, because the host exports owned records with their fields, which would tie the idea to the person in
 * an export that administrators download; they are tied to the idea's item instead, so they go with it.
 */
final class Authors {

    static final String AUTHORS = "authors";

    private final RecordStore records;

    Authors(RecordStore records) {
        this.records = records;
    }

    void remember(long contentId, long personId) {
        records.create(AUTHORS, Map.of("idea", String.valueOf(contentId), "person", String.valueOf(personId)),
                null, contentId);
    }

    /** @return who wrote an anonymous idea, if still known */
    Optional<Long> of(long contentId) {
        return records.find(RecordQuery.in(AUTHORS).where("idea", String.valueOf(contentId)).limit(1)).stream()
                .findFirst().flatMap(r -> r.field("person")).map(Long::parseLong);
    }

    /** @return how many anonymous ideas a person wrote */
    long count(long personId) {
        return records.count(RecordQuery.in(AUTHORS).where("person", String.valueOf(personId)));
    }

    /** @return the content ids of a person's anonymous ideas */
    List<Long> ideasOf(long personId) {
        return IdeaStore.all(records, RecordQuery.in(AUTHORS).where("person", String.valueOf(personId))).stream()
                .map(r -> Long.parseLong(r.field("idea").orElse("0"))).toList();
    }

    /** Forgets a person's link to their anonymous ideas, which stay anonymous. */
    void forget(long personId) {
        for (StoredRecord r : IdeaStore.all(records, RecordQuery.in(AUTHORS).where("person",
                String.valueOf(personId)))) {
            records.delete(AUTHORS, r.id());
        }
    }
}
