package org.agora.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.agora.plugins.api.SettingsProvider;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.UploadedFile;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentDraft;
import org.agora.plugins.api.content.ContentItem;
import org.agora.plugins.api.content.ContentRefusedException;
import org.agora.plugins.api.content.ContentType;
import org.agora.plugins.api.content.ContentTypeProvider;
import org.junit.jupiter.api.Test;

class ContentAndSpacesTest {

    private final ContentTypeProvider types = () -> List.of(new ContentType("page", "Page", true));
    private final SpaceRef mine = new SpaceRef(3, "ops", "Ops", true, false);
    private final SpaceRef managed = new SpaceRef(4, "hr", "HR", true, true);
    private final SpaceRef other = new SpaceRef(5, "x", "X", false, false);
    private final Viewer ada = TestHost.member("Ada");

    @Test
    void contentItemsArePublishedUpdatedFoundAndDeleted() {
        TestHost host = TestHost.forPlugin("wiki").declaring(types);
        PluginContext context = host.context();
        ContentItem item = context.content().publish(new ContentDraft("page", ada.id(), 3L, "Rota", "Who #cleans",
                "/page/rota"));
        assertThat(context.content().find(item.id(), ada)).contains(item);
        assertThat(context.search(ada, "cleans", 10)).singleElement()
                .satisfies(h -> assertThat(h.link()).isEqualTo("/m/wiki/page/rota"));

        ContentItem updated = context.content().update(item.id(), new ContentDraft("page", 9, 3L, "Rota 2", "Who",
                "/page/rota"));
        assertThat(updated.authorId()).isEqualTo(ada.id());
        assertThat(updated.editedAt()).isNotNull();
        assertThat(host.content().draft(item.id())).get().extracting(ContentDraft::title).isEqualTo("Rota 2");
        assertThatThrownBy(() -> context.content().update(item.id(), new ContentDraft("page", 9, 4L, "Rota", "",
                "/page/rota"))).as("an item stays in its space").isInstanceOf(ContentRefusedException.class);

        context.content().attach(item.id(), new UploadedFile("file", "a.png", "image/png", new byte[] {1}), ada);
        assertThat(context.content().files(item.id())).singleElement()
                .satisfies(f -> assertThat(f.image()).isTrue());

        context.content().delete(item.id());
        assertThat(host.content().all()).isEmpty();
        assertThat(context.content().find(item.id(), ada)).isEmpty();
    }

    @Test
    void anUndeclaredTypeIsRefused() {
        PluginContext context = TestHost.forPlugin("wiki").declaring(types).context();
        assertThatThrownBy(() -> context.content().publish(new ContentDraft("poll", 1, null, "P", "", "/p")))
                .isInstanceOf(ContentRefusedException.class).hasMessageContaining("poll");
    }

    @Test
    void spaceRolesGrantPermissionsInTheirSpaceOnlyAndAdministratorsChangeRoles() {
        PermissionProvider permissions = () -> List.of(
                new PermissionDefinition("edit", "Edit", Set.of(PermissionDefinition.SPACE_MEMBER)),
                new PermissionDefinition("lock", "Lock", Set.of(PermissionDefinition.SPACE_MANAGER)));
        TestHost host = TestHost.forPlugin("wiki").declaring(permissions);
        PluginContext context = host.context();
        assertThat(context.permitted(ada, mine, "edit")).isTrue();
        assertThat(context.permitted(ada, other, "edit")).isFalse();
        assertThat(context.permitted(ada, mine, "lock")).isFalse();
        assertThat(context.permitted(ada, managed, "lock")).isTrue();
        assertThat(context.permitted(TestHost.admin("Bo"), other, "lock")).isTrue();

        host.permissionRoles("edit", PermissionDefinition.SPACE_MANAGER);
        assertThat(context.permitted(ada, mine, "edit")).isFalse();
        assertThat(context.permitted(ada, managed, "edit")).isTrue();
    }

    @Test
    void aSpaceSettingOverridesTheCompanyValueInItsSpaceOnly() {
        SettingsProvider settings = () -> List.of(
                new SettingDefinition("home", "Home page", SettingType.TEXT, "Home", true),
                new SettingDefinition("size", "Size", SettingType.NUMBER, "5"));
        TestHost host = TestHost.forPlugin("wiki").declaring(settings).setting("home", "Start");
        host.spaceSetting(3, "home", "Welcome");
        assertThat(host.context().settings(mine).get("home")).isEqualTo("Welcome");
        assertThat(host.context().settings(other).get("home")).isEqualTo("Start");
        assertThat(host.context().settings(mine).getNumber("size")).isEqualTo(5);
        assertThatThrownBy(() -> host.spaceSetting(3, "size", "7")).as("a company-wide setting")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
