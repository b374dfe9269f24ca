package org.agora.plugins.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecordQueryTest {

    @Test
    void eachStepReturnsANewQueryAndLeavesTheOldOneAlone() {
        RecordQuery all = RecordQuery.in("tasks");
        RecordQuery open = all.where("status", "open").orderBy("due").offset(20).limit(10).ownedBy(4);
        assertThat(all.equalities()).isEmpty();
        assertThat(all.orderField()).isNull();
        assertThat(all.descending()).as("newest first by default").isTrue();
        assertThat(open.equalities()).containsEntry("status", "open");
        assertThat(open.orderField()).isEqualTo("due");
        assertThat(open.descending()).isFalse();
        assertThat(open.offset()).isEqualTo(20);
        assertThat(open.limit()).isEqualTo(10);
        assertThat(open.owner()).hasValue(4);
    }

    @Test
    void limitsOffsetsAndTheNumberOfFieldsAreBounded() {
        RecordQuery q = RecordQuery.in("tasks");
        assertThatThrownBy(() -> q.limit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> q.limit(RecordQuery.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> q.offset(-1)).isInstanceOf(IllegalArgumentException.class);
        RecordQuery three = q.where("a", "1").where("b", "2").where("c", "3");
        assertThatThrownBy(() -> three.where("d", "4")).isInstanceOf(IllegalArgumentException.class);
        assertThat(three.where("a", "9").equalities()).containsEntry("a", "9").hasSize(3);
    }

    @Test
    void aFieldComparedWithSeveralValuesIsACondition() {
        RecordQuery months = RecordQuery.in("events").where("calendar", "company")
                .whereIn("month", List.of("2026-11", "2026-12", "2026-11"));
        assertThat(months.conditions()).containsExactly(entry("calendar", List.of("company")),
                entry("month", List.of("2026-11", "2026-12")));
        assertThat(months.equalities()).as("the fields compared with one value").containsExactly(
                entry("calendar", "company"));
        assertThat(months.whereIn("month", List.of("2027-01")).equalities()).containsEntry("month", "2027-01");
        assertThat(months.where("month", "2027-02").conditions()).containsEntry("month", List.of("2027-02"));
    }

    @Test
    void aFieldIsComparedWithOneToFiftyValues() {
        RecordQuery q = RecordQuery.in("events");
        assertThatThrownBy(() -> q.whereIn("month", List.of())).isInstanceOf(IllegalArgumentException.class);
        List<String> many = IntStream.rangeClosed(1, RecordQuery.MAX_VALUES + 1).mapToObj(String::valueOf).toList();
        assertThatThrownBy(() -> q.whereIn("month", many)).isInstanceOf(IllegalArgumentException.class);
        assertThat(q.whereIn("month", many.subList(0, RecordQuery.MAX_VALUES)).conditions().get("month"))
                .hasSize(RecordQuery.MAX_VALUES);
        RecordQuery three = q.where("a", "1").where("b", "2").whereIn("c", List.of("3", "4"));
        assertThatThrownBy(() -> three.whereIn("d", List.of("5"))).isInstanceOf(IllegalArgumentException.class);
    }
}
