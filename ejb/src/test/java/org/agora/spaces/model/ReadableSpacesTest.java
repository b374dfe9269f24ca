package org.agora.spaces.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableSpacesTest {

    @Test
    void everySpaceAllowsAnyAndHasNoList() {
        ReadableSpaces every = ReadableSpaces.every();
        assertThat(every.isEvery()).isTrue();
        assertThat(every.allows(42)).isTrue();
        assertThatThrownBy(every::ids).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void someSpacesAllowOnlyThoseAndGiveAnInListThatIsNeverEmpty() {
        ReadableSpaces some = ReadableSpaces.only(List.of(3L, 5L));
        assertThat(some.isEvery()).isFalse();
        assertThat(some.allows(3)).isTrue();
        assertThat(some.allows(4)).isFalse();
        assertThat(some.idsOrNone()).containsExactlyInAnyOrder(3L, 5L, -1L);
        assertThat(ReadableSpaces.only(List.of()).idsOrNone()).containsExactly(-1L);
    }
}
