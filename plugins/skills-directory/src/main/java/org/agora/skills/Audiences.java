package org.agora.skills;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.ProfileAudience;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.Viewer;

/**
 * Who sees a person's skills, as they chose it with the profile's own three choices: everyone (unless they chose
 * otherwise), colleagues who share a space with them, or themselves alone. Only the people who chose to restrict it
 * have a record (theirs, so that it is in their export and goes with them), so every page reads them all at once.
 */
final class Audiences {

    static final String COLLECTION = "audiences";

    private final RecordStore records;

    Audiences(RecordStore records) {
        this.records = records;
    }

    /** @return what the person chose */
    ProfileAudience of(long person) {
        return record(person).flatMap(r -> r.field("audience")).flatMap(Audiences::parse)
                .orElse(ProfileAudience.EVERYONE);
    }

    void set(long person, ProfileAudience audience) {
        Optional<StoredRecord> old = record(person);
        if (audience == ProfileAudience.EVERYONE) {
            old.ifPresent(r -> records.delete(COLLECTION, r.id()));
        } else if (old.isPresent()) {
            records.update(COLLECTION, old.get().id(), old.get().version(),
                    Map.of("person", String.valueOf(person), "audience", audience.name()));
        } else {
            records.create(COLLECTION, Map.of("person", String.valueOf(person), "audience", audience.name()), person,
                    null);
        }
    }

    /**
     * @return whether the viewer may see the skills of a person: the restricted people are read once, and the host
     *         is asked once per restricted person the page shows
     */
    LongPredicate visibleTo(PluginContext context, Viewer viewer) {
        Map<Long, ProfileAudience> restricted = new HashMap<>();
        for (StoredRecord r : new SkillStore(records).all(RecordQuery.in(COLLECTION))) {
            r.field("audience").flatMap(Audiences::parse).ifPresent(a ->
                    restricted.put(Skill.number(r.field("person").orElse("")), a));
        }
        Map<Long, Boolean> answered = new HashMap<>();
        return person -> {
            ProfileAudience audience = restricted.get(person);
            return audience == null || person == viewer.id()
                    || answered.computeIfAbsent(person, p -> context.people().shows(viewer, p, audience));
        };
    }

    private Optional<StoredRecord> record(long person) {
        List<StoredRecord> found = records.find(RecordQuery.in(COLLECTION).where("person", String.valueOf(person))
                .limit(1));
        return found.stream().findFirst();
    }

    static Optional<ProfileAudience> parse(String value) {
        for (ProfileAudience a : ProfileAudience.values()) {
            if (a.name().equals(value)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
