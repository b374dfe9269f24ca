package org.agora.skills;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.StoredRecord;

/**
 * A skill of the taxonomy, with the other names it is known by. A proposed skill waits for a reviewer; only active
 * skills can be declared.
 * @param id          the record's id
 * @param version     the record's version, for optimistic locking
 * @param name        the name shown
 * @param category    the category's id, or 0 for none
 * @param synonyms    other names ("k8s" for Kubernetes)
 * @param status      {@link #ACTIVE}, {@link #PROPOSED} or {@link #REJECTED}
 * @param proposedBy  who proposed it, or 0
 */
public record Skill(long id, long version, String name, long category, List<String> synonyms, String status,
                    long proposedBy) {

    static final String COLLECTION = "skills";
    static final String ACTIVE = "active";
    static final String PROPOSED = "proposed";
    static final String REJECTED = "rejected";

    public Skill {
        synonyms = List.copyOf(synonyms);
    }

    static Skill of(StoredRecord r) {
        String synonyms = r.field("synonyms").orElse("");
        return new Skill(r.id(), r.version(), r.field("name").orElse(""), number(r.field("category").orElse("")),
                synonyms.isBlank() ? List.of() : Arrays.stream(synonyms.split("\n")).toList(),
                r.field("status").orElse(ACTIVE), number(r.field("proposedBy").orElse("")));
    }

    Map<String, String> fields() {
        Map<String, String> f = new HashMap<>();
        f.put("name", name);
        f.put("key", Names.key(name));
        f.put("category", String.valueOf(category));
        f.put("synonyms", String.join("\n", synonyms));
        f.put("status", status);
        f.put("proposedBy", String.valueOf(proposedBy));
        return f;
    }

    /** @return true once it can be declared */
    public boolean active() {
        return ACTIVE.equals(status);
    }

    /** @return true while it waits for a reviewer */
    public boolean proposed() {
        return PROPOSED.equals(status);
    }

    /** @return the name and synonyms as they compare */
    List<String> keys() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), synonyms.stream())
                .map(Names::key).filter(k -> !k.isEmpty()).distinct().toList();
    }

    Skill with(String newName, long newCategory, List<String> newSynonyms, String newStatus) {
        return new Skill(id, version, newName, newCategory, newSynonyms, newStatus, proposedBy);
    }

    static long number(String text) {
        return text.matches("[0-9]{1,18}") ? Long.parseLong(text) : 0;
    }
}
