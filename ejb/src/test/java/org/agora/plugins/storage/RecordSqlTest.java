package org.agora.plugins.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.plugins.api.RecordQuery;
import org.junit.jupiter.api.Test;

class RecordSqlTest {

    @Test
    void everyFilterAndTheOrderJoinTheIndexedFieldTableWithParameters() {
        RecordSql sql = RecordSql.select("wiki", RecordQuery.in("pages").where("space", "7").where("lang", "fr")
                .orderBy("title").offset(40).limit(20));
        assertThat(sql.text())
                .contains("JOIN plugin_record_field w0 ON w0.record_id = r.id AND w0.plugin_id = ?1")
                .contains("JOIN plugin_record_field w1").contains("JOIN plugin_record_field o")
                .endsWith("ORDER BY o.value_key, r.id OFFSET 40 ROWS FETCH NEXT 20 ROWS ONLY")
                .doesNotContain("'");
        assertThat(sql.parameters()).containsExactly("wiki", "pages", "space", "7", "wiki", "pages", "lang", "fr",
                "wiki", "pages", "title", "wiki", "pages");
    }

    @Test
    void valuesAreComparedOnTheirIndexedKeyAndOwnersAndDescendingOrderAreHonoured() {
        RecordSql sql = RecordSql.select("p", RecordQuery.in("c").where("text", "x".repeat(300)).ownedBy(9)
                .orderByDescending("at"));
        assertThat(sql.parameters()).contains("x".repeat(200)).doesNotContain("x".repeat(300)).contains(9L);
        assertThat(sql.text()).contains("r.owner_id = ?").contains("ORDER BY o.value_key DESC, r.id DESC");
    }

    @Test
    void aCountNeedsNoOrderJoin() {
        RecordSql sql = RecordSql.count("p", RecordQuery.in("c").orderBy("at"));
        assertThat(sql.text()).startsWith("SELECT COUNT(*)").doesNotContain("ORDER BY").doesNotContain(" o ");
        assertThat(RecordSql.select("p", RecordQuery.in("c")).text()).contains("ORDER BY r.id DESC");
    }
}
