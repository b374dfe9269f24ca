package org.agora.skills;

import org.agora.plugins.api.StoredRecord;

/**
 * A heading of the taxonomy, such as "Cloud" or "Languages".
 * @param id   the record's id
 * @param name the name shown
 */
public record Category(long id, String name) {

    static final String COLLECTION = "categories";

    static Category of(StoredRecord r) {
        return new Category(r.id(), r.field("name").orElse(""));
    }
}
