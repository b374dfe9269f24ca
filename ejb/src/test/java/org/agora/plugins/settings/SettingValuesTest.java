package org.agora.plugins.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

    private final SettingDefinition color = new SettingDefinition("color", "Colour", SettingType.TEXT, "blue", true);
    private final SettingDefinition title = new SettingDefinition("title", "Title", SettingType.TEXT, "Gate");

    @Test
    void aSpaceValueWinsOverTheCompanyValueWhichWinsOverTheDefault() {
        assertThat(new SettingValues(List.of(color), Map.of(), Map.of()).value("color")).isEqualTo("blue");
        assertThat(new SettingValues(List.of(color), Map.of("color", "red"), Map.of()).value("color"))
                .isEqualTo("red");
        assertThat(new SettingValues(List.of(color), Map.of("color", "red"), Map.of("color", "green"))
                .value("color")).isEqualTo("green");
        assertThat(new SettingValues(List.of(color), Map.of(), Map.of("color", "green")).value("color"))
                .isEqualTo("green");
    }

    @Test
    void aCompanyWideSettingIgnoresAnyValueSavedForTheSpace() {
        SettingValues values = new SettingValues(List.of(color, title), Map.of("title", "Doors"),
                Map.of("title", "Mine"));
        assertThat(values.value("title")).isEqualTo("Doors");
        assertThat(values.perSpace()).containsExactly(color);
    }

    @Test
    void anUndeclaredKeyIsAnError() {
        assertThatThrownBy(() -> new SettingValues(List.of(color), Map.of(), Map.of()).value("size"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
