package org.agora.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.agora.plugins.api.SettingsProvider;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.events.HostEventListener;
import org.agora.plugins.api.events.MemberJoined;
import org.junit.jupiter.api.Test;

class TestHostTest {

    private final SettingsProvider settings = () -> List.of(
            new SettingDefinition("size", "Size", SettingType.NUMBER, "5"),
            new SettingDefinition("loud", "Loud", SettingType.BOOLEAN, "false"));
    private final PermissionProvider permissions = () -> List.of(
            new PermissionDefinition("publish", "Publish", Set.of("communicator")));

    @Test
    void peopleReadTimesInTheZoneTheyChoseElseTheCompanys() {
        TestHost host = TestHost.forPlugin("zones");
        PluginContext context = host.context();
        assertThat(context.people().zone(1)).isEqualTo(java.time.ZoneOffset.UTC);
        host.people().companyZone(java.time.ZoneId.of("Europe/Paris"))
                .chooseZone(2, java.time.ZoneId.of("Asia/Tokyo"));
        assertThat(context.people().zone(1)).hasToString("Europe/Paris");
        assertThat(context.people().zone(2)).hasToString("Asia/Tokyo");
    }

    @Test
    void settingsStartAtTheirDefaultAndAreCheckedWhenChanged() {
        TestHost host = TestHost.forPlugin("demo").declaring(settings);
        assertThat(host.context().settings().getNumber("size")).isEqualTo(5);
        host.setting("size", "12");
        assertThat(host.context().settings().getNumber("size")).isEqualTo(12);
        assertThatThrownBy(() -> host.setting("size", "twelve")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> host.context().settings().get("colour")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void permissionsFollowTheirDefaultRolesAndAdminsHoldThemAll() {
        PluginContext context = TestHost.forPlugin("demo").declaring(permissions).context();
        assertThat(context.permitted(TestHost.member("Ada"), "publish")).isFalse();
        assertThat(context.permitted(TestHost.viewer(3, "Cy", "member", "communicator"), "publish")).isTrue();
        assertThat(context.permitted(TestHost.admin("Bo"), "publish")).isTrue();
        assertThat(context.permitted(TestHost.admin("Bo"), "undeclared")).isFalse();
    }

    @Test
    void anAdministratorsChangeOutsideTheDeclarationsIsRefusedWithWhyAndChangesNothing() {
        TestHost host = TestHost.forPlugin("demo").declaring(settings, permissions);
        assertThatThrownBy(() -> host.setting("colour", "red"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("plugin demo declares no setting colour");
        assertThatThrownBy(() -> host.setting("size", "twelve"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("size: ");
        assertThatThrownBy(() -> host.spaceSetting(3, "size", "7"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("size is a company-wide setting");
        assertThatThrownBy(() -> host.permissionRoles("delete", "member"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("plugin demo declares no permission delete");
        assertThat(host.context().settings().getNumber("size")).isEqualTo(5);
        assertThat(host.context().permitted(TestHost.member("Ada"), "delete")).isFalse();
    }

    @Test
    void messagesComeInTheReadersLanguageWithEnglishAsFallback() {
        TestHost host = TestHost.forPlugin("demo");
        assertThat(host.messages(Locale.FRENCH).get("greeting", "Ada")).isEqualTo("Bonjour Ada");
        assertThat(host.messages(Locale.ENGLISH).get("greeting", "Ada")).isEqualTo("Hello Ada");
        assertThat(host.messages(Locale.FRENCH).get("only.english")).isEqualTo("Only in English");
        assertThat(host.messages(Locale.FRENCH).get("missing.key")).isEqualTo("missing.key");
    }

    @Test
    void notificationsInAMessageKeyAreWordedInTheReadersLanguage() {
        TestHost host = TestHost.forPlugin("demo");
        host.context().notify(PluginNotification.message(9, "greeting", "/", "Ada"));
        host.context().notify(PluginNotification.message(9, "only.english", "/"));
        host.context().notify(new PluginNotification(9, "Plain", "/"));
        assertThat(host.notifications().getFirst().messageKey()).isEqualTo("greeting");
        assertThat(host.notificationTexts(Locale.FRENCH)).containsExactly("Bonjour Ada", "Only in English", "Plain");
        assertThat(host.notificationTexts(Locale.ENGLISH)).containsExactly("Hello Ada", "Only in English", "Plain");
    }

    @Test
    void handlersListenersAndTasksRunAgainstTheSameStoreAndNotifications() throws Exception {
        TestHost host = TestHost.forPlugin("demo");
        PageHandler handler = (request, context) -> {
            context.records().create("visits", Map.of("space", request.space().orElseThrow().slug()));
            return PageResult.redirect("/");
        };
        HostEventListener welcome = (event, context) -> context.notify(
                new PluginNotification(((MemberJoined) event).personId(), "Welcome", "/"));
        PeriodicTask cleanup = new PeriodicTask() {
            public Duration interval() {
                return Duration.ofMinutes(1);
            }

            public void run(PluginContext context) {
                host.records().all().forEach(r -> context.records().delete(r.collection(), r.id()));
            }
        };
        host.handle(handler, Requests.get("/").inSpace(new SpaceRef(4, "team", "Team", true, false)).build());
        assertThat(host.records().all()).singleElement().extracting(r -> r.fields().get("space")).isEqualTo("team");
        host.dispatch(new MemberJoined(4, 9, Instant.now()), welcome);
        assertThat(host.notifications()).containsExactly(new PluginNotification(9, "Welcome", "/"));
        host.run(cleanup);
        assertThat(host.records().all()).isEmpty();
    }

    @Test
    void markdownIsEscapedNotRendered() {
        assertThat(TestHost.forPlugin("demo").context().renderMarkdown("**a** <script>"))
                .isEqualTo("<p>**a** &lt;script&gt;</p>");
    }
}
