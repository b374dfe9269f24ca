package org.agora.plugins.storage;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

/**
 * A field's full text and the indexed key made of its first characters. The plugin and collection are repeated on
 * each field row so that one index answers "field = value in this collection, ordered by value".
 */
@Embeddable
public class FieldValue {

    static final int KEY_LENGTH = 200;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "text_value")
    private String text;

    @Column(name = "value_key", length = KEY_LENGTH)
    private String key;

    @Column(name = "plugin_id", length = 64)
    private String pluginId;

    @Column(name = "collection", length = 64)
    private String collection;

    protected FieldValue() {
    }

    static FieldValue of(String pluginId, String collection, String text) {
        FieldValue v = new FieldValue();
        v.pluginId = pluginId;
        v.collection = collection;
        v.text = text;
        v.key = key(text);
        return v;
    }

    static String key(String text) {
        return text == null || text.length() <= KEY_LENGTH ? text : text.substring(0, KEY_LENGTH);
    }

    /** @return the indexed key of this value */
    String key() {
        return key;
    }

    String text() {
        return text;
    }
}
