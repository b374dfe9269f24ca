package org.agora.plugins.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.Viewer;
import org.agora.spaces.model.ReadableSpaces;
import org.junit.jupiter.api.Test;

class RecordSqlTest {

    private static final ReadableSpaces ALL = ReadableSpaces.every();

    @Test
    void anOrderedQueryStartsFromTheOrderingFieldAndOrdersByTheIndexColumns() {
        RecordSql sql = RecordSql.select("wiki", RecordQuery.in("pages").where("space", "7").where("lang", "fr")
                .orderBy("title").offset(40).limit(20), ALL);
        assertThat(sql.text())
                .startsWith("SELECT o.record_id FROM plugin_record_field o JOIN plugin_record_field w1")
                .contains("JOIN plugin_record_field w2 ON w2.record_id = o.record_id")
                .contains("WHERE o.plugin_id = ?").doesNotContain("plugin_record r")
                .endsWith("ORDER BY o.value_key, o.record_id OFFSET 40 ROWS FETCH NEXT 20 ROWS ONLY")
                .doesNotContain("'");
        // numbered parameters: their order is that of their numbers, not of the text
        assertThat(sql.parameters()).containsExactly("wiki", "pages", "title", "wiki", "pages", "space", "7",
                "wiki", "pages", "lang", "fr");
        assertThat(sql.text()).contains("o.name = ?3").contains("w1.value_key = ?7").contains("w2.value_key = ?11");
    }

    @Test
    void aFilteredQueryStartsFromItsFirstEqualityComparedOnTheIndexedKey() {
        RecordSql sql = RecordSql.select("p", RecordQuery.in("c").where("text", "x".repeat(300)).ownedBy(9), ALL);
        assertThat(sql.text()).startsWith("SELECT w0.record_id FROM plugin_record_field w0 JOIN plugin_record r")
                .contains("r.owner_id = ?").contains("ORDER BY w0.record_id DESC");
        assertThat(sql.parameters()).contains("x".repeat(200)).doesNotContain("x".repeat(300)).contains(9L);
    }

    @Test
    void aFieldComparedWithSeveralValuesIsAListOfTheirDistinctKeys() {
        String longer = "y".repeat(250);
        RecordSql sql = RecordSql.select("calendar", RecordQuery.in("events").whereIn("month",
                List.of("2026-11", "2026-12", longer, longer + "z")).where("calendar", "company"), ALL);
        assertThat(sql.text()).startsWith("SELECT w0.record_id FROM plugin_record_field w0 JOIN plugin_record_field w1")
                .contains("w0.value_key IN (?4, ?5, ?6)").contains("w1.value_key = ?10");
        assertThat(sql.parameters()).containsExactly("calendar", "events", "month", "2026-11", "2026-12",
                "y".repeat(200), "calendar", "events", "calendar", "company");
    }

    @Test
    void descendingOrdersAndWholeCollectionsUseTheirOwnIndexOrder() {
        assertThat(RecordSql.select("p", RecordQuery.in("c").orderByDescending("at"), ALL).text())
                .contains("ORDER BY o.value_key DESC, o.record_id DESC");
        assertThat(RecordSql.select("p", RecordQuery.in("c").ownedBy(3), ALL).text())
                .startsWith("SELECT r.id FROM plugin_record r WHERE r.plugin_id = ?")
                .contains("AND r.owner_id = ?").contains("ORDER BY r.id DESC");
    }

    @Test
    void aCountIgnoresTheOrder() {
        RecordSql sql = RecordSql.count("p", RecordQuery.in("c").where("a", "1").orderBy("at"), ALL);
        assertThat(sql.text()).startsWith("SELECT COUNT(*) FROM plugin_record_field w0").doesNotContain("ORDER BY");
    }

    @Test
    void recordsAboutAnItemAndWhatAReaderMaySeeAreJoinsOnTheRecord() {
        Viewer ada = new Viewer(4, "Ada", "ada@example.test", Set.of("member"));
        RecordSql sql = RecordSql.select("wiki", RecordQuery.in("revisions").where("page", "3").about(12)
                .readableBy(ada), ReadableSpaces.only(List.of(5L, 6L)));
        assertThat(sql.text()).contains("JOIN plugin_record r ON r.id = w0.record_id AND r.content_id = ?")
                .contains("LEFT JOIN post cp ON cp.id = r.content_id")
                .contains("(r.content_id IS NULL OR cp.space_id IS NULL OR cp.space_id IN (?")
                .doesNotContain("'");
        assertThat(sql.parameters()).contains(12L, 5L, 6L);

        RecordSql none = RecordSql.count("wiki", RecordQuery.in("pages").readableBy(ada), ReadableSpaces.only(List.of()));
        assertThat(none.text()).startsWith("SELECT COUNT(*) FROM plugin_record r LEFT JOIN post cp")
                .endsWith("AND (r.content_id IS NULL OR cp.space_id IS NULL)");
    }
}
