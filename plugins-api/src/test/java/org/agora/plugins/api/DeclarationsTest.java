package org.agora.plugins.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeclarationsTest {

    private final Viewer member = new Viewer(1, "Ada", "ada@example.test", Set.of("member"));
    private final Viewer admin = new Viewer(2, "Bo", "bo@example.test", Set.of("member", "admin"));

    @Test
    void aSettingChecksValuesAgainstItsType() {
        SettingDefinition size = new SettingDefinition("page.size", "Size", SettingType.NUMBER, "20");
        assertThat(size.problem("35")).isNull();
        assertThat(size.problem("many")).isNotNull();
        SettingDefinition on = new SettingDefinition("on", "On", SettingType.BOOLEAN, "true");
        assertThat(on.problem("yes")).isNotNull();
        assertThat(new SettingDefinition("t", "T", SettingType.TEXT, "").problem("x".repeat(501))).isNotNull();
        assertThatThrownBy(() -> new SettingDefinition("n", "N", SettingType.NUMBER, "ten"))
                .as("a default must fit").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SettingDefinition("a key", "N", SettingType.TEXT, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPermissionGoesToItsDefaultRolesAndToAdministrators() {
        PermissionDefinition publish = new PermissionDefinition("publish", "Publish", Set.of("communicator"));
        assertThat(publish.grantedTo(member)).isFalse();
        assertThat(publish.grantedTo(admin)).isTrue();
        assertThat(new PermissionDefinition("read", "Read", Set.of("member")).grantedTo(member)).isTrue();
    }

    @Test
    void aNotificationStaysInsideThePluginAndIsShort() {
        assertThatThrownBy(() -> new PluginNotification(1, "Hi", "//evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PluginNotification(1, "x".repeat(301), "/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PluginNotification(1, "Hi", "/page/a").path()).isEqualTo("/page/a");
    }

    @Test
    void aRequestOfVersionOneHasNoSpaceNoFilesAndSpeaksEnglish() {
        PageRequest old = new PageRequest("GET", "", Map.of(), member);
        assertThat(old.path()).isEqualTo("/");
        assertThat(old.space()).isEmpty();
        assertThat(old.person()).isEmpty();
        assertThat(old.files()).isEmpty();
        assertThat(old.locale()).isEqualTo(Locale.ENGLISH);
        byte[] bytes = {1, 2};
        PageRequest upload = new PageRequest("POST", "/up", Map.of(), member, new SpaceRef(3, "s", "S", true, false),
                null, List.of(new UploadedFile("file", "a.txt", "text/plain", bytes)), Locale.FRENCH);
        bytes[0] = 9;
        assertThat(upload.file("file")).get().extracting(f -> f.content()[0]).as("copied").isEqualTo((byte) 1);
        assertThat(upload.space()).get().extracting(SpaceRef::slug).isEqualTo("s");
    }

    @Test
    void aMenuEntryOfVersionOneNeedsNoPermission() {
        assertThat(new MenuEntry("Wiki", "/", 1).permission()).isNull();
        assertThatThrownBy(() -> new MenuEntry("Wiki", "page", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNotificationIsAPlainTextOrAMessageOfThePluginsBundleWithArguments() {
        PluginNotification plain = new PluginNotification(7, "Hello", "/page");
        assertThat(plain.isMessage()).isFalse();
        assertThat(plain.arguments()).isEmpty();
        PluginNotification message = PluginNotification.message(7, "notify.changed", "/page/rota", "Rota", 3);
        assertThat(message.isMessage()).isTrue();
        assertThat(message.messageKey()).isEqualTo("notify.changed");
        assertThat(message.arguments()).containsExactly("Rota", "3");
        assertThatThrownBy(() -> PluginNotification.message(7, "not a key", "/page"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PluginNotification.message(7, "k", "/page", "x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PluginNotification.message(7, "k", "//elsewhere"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
