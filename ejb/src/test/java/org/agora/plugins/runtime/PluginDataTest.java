package org.agora.plugins.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginDataTest {

    @Test
    void nestedDataIsWrittenAsEscapedJsonWithSortedKeys() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", "Say \"hi\" </script>\n");
        data.put("count", 3);
        data.put("big", 12_345_678_901L);
        data.put("ratio", 0.5);
        data.put("open", true);
        data.put("none", null);
        data.put("at", Instant.parse("2026-12-05T10:15:30Z"));
        data.put("day", LocalDate.of(2026, 12, 24));
        data.put("tags", List.of("a", 1, Map.of("k", "v")));
        assertThat(PluginData.toJson(data).toString()).isEqualTo("{\"at\":\"2026-12-05T10:15:30Z\",\"big\":12345678901,"
                + "\"count\":3,\"day\":\"2026-12-24\",\"none\":null,\"open\":true,\"ratio\":0.5,"
                + "\"tags\":[\"a\",1,{\"k\":\"v\"}],\"title\":\"Say \\\"hi\\\" </script>\\n\"}");
    }

    @Test
    void valuesJsonCannotHoldAreRefused() {
        assertThatThrownBy(() -> PluginData.toJson(Map.of("x", new Object())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PluginData.toJson(Map.of(1, "one"))).isInstanceOf(IllegalArgumentException.class);
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertThatThrownBy(() -> PluginData.toJson(loop)).isInstanceOf(IllegalArgumentException.class);
        Map<String, Object> self = new HashMap<>();
        self.put("me", List.of(self));
        assertThatThrownBy(() -> PluginData.toJson(self)).isInstanceOf(IllegalArgumentException.class);
    }
}
