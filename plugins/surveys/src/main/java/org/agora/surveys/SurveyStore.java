package org.agora.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;

/** The surveys and polls, one record each in the {@code surveys} collection. */
final class SurveyStore {

    static final String SURVEYS = "surveys";

    private final RecordStore records;

    SurveyStore(RecordStore records) {
        this.records = records;
    }

    Survey create(Survey survey) {
        return Survey.from(records.create(SURVEYS, survey.fields()));
    }

    /** @throws org.agora.plugins.api.StaleRecordException if someone changed it since it was read */
    Survey save(Survey survey) {
        return Survey.from(records.update(SURVEYS, survey.id(), survey.version(), survey.fields()));
    }

    Optional<Survey> get(long id) {
        return records.get(SURVEYS, id).map(Survey::from);
    }

    Optional<Survey> byContent(long contentId) {
        return records.find(RecordQuery.in(SURVEYS).where("content", String.valueOf(contentId)).limit(1)).stream()
                .findFirst().map(Survey::from);
    }

    /** @return the surveys of a space (0: the company) in a status, newest first */
    List<Survey> in(long spaceId, String status, int limit) {
        return records.find(RecordQuery.in(SURVEYS).where("space", String.valueOf(spaceId)).where("status", status)
                .limit(limit)).stream().map(Survey::from).toList();
    }

    /** @return a person's drafts in a space, newest first */
    List<Survey> drafts(long spaceId, long authorId) {
        return records.find(RecordQuery.in(SURVEYS).where("space", String.valueOf(spaceId))
                .where("status", Survey.DRAFT).where("author", String.valueOf(authorId)).limit(100)).stream()
                .map(Survey::from).toList();
    }

    /** @return published surveys with a closing date, the earliest first */
    List<Survey> closingFirst(int limit) {
        return records.find(RecordQuery.in(SURVEYS).where("status", Survey.PUBLISHED).orderBy("closesAt")
                .limit(limit)).stream().map(Survey::from).toList();
    }

    /** @return every record of a collection, in pages, for erasure and exports */
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

    void delete(long id) {
        records.delete(SURVEYS, id);
    }
}
