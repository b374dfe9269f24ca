package org.agora.plugins.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
