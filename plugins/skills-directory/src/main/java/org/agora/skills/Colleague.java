package org.agora.skills;

import java.util.Map;
import org.agora.plugins.api.StoredRecord;

/**
 * What the directory knows of an employee besides their skills: the name to show, and the department and location
 * they gave, which "find an expert" and the skill matrix filter on (the plugins API does not tell them yet).
 * @param person     the employee's id
 * @param name       their display name, as of their last change here
 * @param department their department, or empty
 * @param location   their location, or empty
 */
public record Colleague(long person, String name, String department, String location) {

    static final String COLLECTION = "people";

    static Colleague of(StoredRecord r) {
        return new Colleague(Skill.number(r.field("person").orElse("")), r.field("name").orElse(""),
                r.field("department").orElse(""), r.field("location").orElse(""));
    }

    Map<String, String> fields() {
        return Map.of("person", String.valueOf(person), "name", name, "department", department,
                "location", location);
    }
}
