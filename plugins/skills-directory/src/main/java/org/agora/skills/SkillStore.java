package org.agora.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;

/**
 * The directory's records: skills, categories, declarations and endorsements, plus one stamp record
 * that every change moves on, so that the in-memory index knows when it is out of date.
 */
final class SkillStore {

    static final String ENDORSEMENTS = "endorsements";
    private static final String META = "meta";

    /** @return what makes an endorsement unique: one per colleague, endorsed person and skill */
    static String endorsementKey(long person, long skill, long by) {
        return "endorsement/" + person + "/" + skill + "/" + by;
    }

    /** Which state of the records an index reflects: the installation's token and the count of changes. */
    record Stamp(String token, long revision) {
    }

    private final RecordStore records;

    SkillStore(RecordStore records) {
        this.records = records;
    }

    RecordStore records() {
        return records;
    }

    List<Skill> skills() {
        return all(Skill.COLLECTION, Skill::of);
    }

    List<Category> categories() {
        return all(Category.COLLECTION, Category::of);
    }

    /** @return every declaration with its endorsers */
    List<Declaration> declarations() {
        Map<String, Set<Long>> endorsers = endorsers(RecordQuery.in(ENDORSEMENTS));
        return all(Declaration.COLLECTION, r -> Declaration.of(r, endorsers.getOrDefault(pair(r), Set.of())));
    }

    Optional<Skill> skill(long id) {
        return records.get(Skill.COLLECTION, id).map(Skill::of);
    }

    /** @return a person's declarations with their endorsers */
    List<Declaration> declarationsOf(long person) {
        Map<String, Set<Long>> endorsers = endorsers(RecordQuery.in(ENDORSEMENTS)
                .where("person", String.valueOf(person)));
        return find(RecordQuery.in(Declaration.COLLECTION).where("person", String.valueOf(person)),
                r -> Declaration.of(r, endorsers.getOrDefault(pair(r), Set.of())));
    }

    /** @return the person's declaration of the skill, with its endorsers */
    Optional<Declaration> declaration(long person, long skill) {
        return records.find(RecordQuery.in(Declaration.COLLECTION).where("person", String.valueOf(person))
                .where("skill", String.valueOf(skill)).limit(1)).stream().findFirst()
                .map(r -> Declaration.of(r, endorsementsOf(person, skill).stream()
                        .map(e -> Skill.number(e.field("by").orElse(""))).collect(Collectors.toSet())));
    }

    /** @return the endorsements a person received for a skill, oldest first */
    List<StoredRecord> endorsementsOf(long person, long skill) {
        return find(RecordQuery.in(ENDORSEMENTS).where("person", String.valueOf(person))
                .where("skill", String.valueOf(skill)).orderBy("at"), r -> r);
    }

    /** @return who endorsed what, by "person/skill" */
    private Map<String, Set<Long>> endorsers(RecordQuery query) {
        Map<String, Set<Long>> out = new HashMap<>();
        find(query, r -> r).forEach(r -> out.computeIfAbsent(pair(r), k -> new HashSet<>())
                .add(Skill.number(r.field("by").orElse(""))));
        return out;
    }

    private static String pair(StoredRecord r) {
        return r.field("person").orElse("") + "/" + r.field("skill").orElse("");
    }

    List<StoredRecord> where(String collection, String field, String value) {
        return find(RecordQuery.in(collection).where(field, value), r -> r);
    }

    /** @return the state of the records now */
    Stamp stamp() {
        return meta().map(r -> new Stamp(r.field("token").orElse(""), Skill.number(r.field("revision").orElse(""))))
                .orElse(new Stamp("", 0));
    }

    /** Moves the stamp on after a change; retried when another change moved it at the same time. */
    Stamp advance() {
        for (int attempt = 0; ; attempt++) {
            Optional<StoredRecord> meta = meta();
            try {
                if (meta.isEmpty()) {
                    String token = UUID.randomUUID().toString();
                    records.create(META, Map.of("key", "stamp", "token", token, "revision", "1"));
                    return new Stamp(token, 1);
                }
                Stamp now = new Stamp(meta.get().field("token").orElse(""),
                        Skill.number(meta.get().field("revision").orElse("")) + 1);
                records.update(META, meta.get().id(), meta.get().version(),
                        Map.of("key", "stamp", "token", now.token(), "revision", String.valueOf(now.revision())));
                return now;
            } catch (StaleRecordException e) {
                if (attempt >= 20) {
                    throw e;
                }
            }
        }
    }

    private Optional<StoredRecord> meta() {
        // the oldest stamp wins should two nodes have created one at the same moment
        return records.findBy(META, "key", "stamp").stream().min(Comparator.comparingLong(StoredRecord::id));
    }

    /** @return every record the query finds, page by page */
    List<StoredRecord> all(RecordQuery query) {
        return find(query, r -> r);
    }

    private <T> List<T> find(RecordQuery query, Function<StoredRecord, T> map) {
        List<T> out = new ArrayList<>();
        for (int offset = 0; ; offset += RecordQuery.MAX_LIMIT) {
            List<StoredRecord> page = records.find(query.offset(offset).limit(RecordQuery.MAX_LIMIT));
            page.forEach(r -> out.add(map.apply(r)));
            if (page.size() < RecordQuery.MAX_LIMIT) {
                return out;
            }
        }
    }

    private <T> List<T> all(String collection, Function<StoredRecord, T> map) {
        // newest first: a record added while paging pushes the rest down, so none is missed (one may come twice,
        // which the index, keyed by id, absorbs)
        return find(RecordQuery.in(collection), map);
    }
}
