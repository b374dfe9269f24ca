package org.agora.plugins.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginRuntime;
import org.junit.jupiter.api.Test;

/** The top menu on every page asks each plugin once a minute, not once a page, and never shows a suspended one. */
class PluginMenusTest {

    /** A plugin's menu that counts how often it is asked. */
    private static final class CountingMenu implements NavigationContributor {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public List<MenuEntry> entries(MenuLocation location) {
            asked.incrementAndGet();
            return location == MenuLocation.TOP_NAVIGATION ? List.of(new MenuEntry("Board", "/", 50)) : List.of();
        }
    }

    /** The plugins running here: one at a time, answering as usual or suspended. */
    private static final class Runtime implements PluginRuntime {
        final List<PluginExtension<NavigationContributor>> menus = new ArrayList<>();
        boolean suspended;

        @Override
        public <T> T call(String pluginId, Callable<T> work) {
            if (suspended) {
                throw new PluginFailedException(pluginId, "suspended");
            }
            try {
                return work.call();
            } catch (Exception e) {
                throw new PluginFailedException(pluginId, e.getMessage());
            }
        }

        @Override
        public boolean answering(String pluginId) {
            return !suspended;
        }

        @Override
        public Optional<ClassLoader> classLoader(String pluginId) {
            return Optional.of(getClass().getClassLoader());
        }

        @Override
        public Optional<String> version(String pluginId) {
            return Optional.of("1.0.0");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> List<PluginExtension<T>> extensions(Class<T> type) {
            return (List<PluginExtension<T>>) (List<?>) List.copyOf(menus);
        }

        @Override
        public <T> List<PluginExtension<T>> extensions(String pluginId, Class<T> type) {
            return extensions(type);
        }
    }

    private final Runtime runtime = new Runtime();
    private final PluginMenus menus = new PluginMenus();

    {
        menus.host = runtime;
    }

    private List<String> top() {
        return menus.entries(MenuLocation.TOP_NAVIGATION, null, Locale.ENGLISH, "").stream()
                .map(PluginMenuEntry::href).toList();
    }

    private CountingMenu install() {
        CountingMenu menu = new CountingMenu();
        runtime.menus.clear();
        runtime.menus.add(new PluginExtension<>("board", getClass().getClassLoader(), menu));
        return menu;
    }

    @Test
    void pagesAfterTheFirstUseThePluginsAnswer() {
        CountingMenu menu = install();
        for (int page = 0; page < 5; page++) {
            assertThat(top()).containsExactly("/m/board/");
        }
        assertThat(menu.asked).hasValue(1);
        menus.entries(MenuLocation.SPACE_TABS, null, Locale.ENGLISH, "?space=1");
        assertThat(menu.asked).as("each menu is a question of its own").hasValue(2);
    }

    @Test
    void aSuspendedPluginIsLeftOutAndARestartedOneIsAskedAgain() {
        install();
        assertThat(top()).containsExactly("/m/board/");
        runtime.suspended = true;
        assertThat(top()).isEmpty();
        runtime.suspended = false;
        CountingMenu restarted = install();
        assertThat(top()).containsExactly("/m/board/");
        assertThat(restarted.asked).hasValue(1);
        runtime.menus.clear();
        assertThat(top()).as("uninstalled").isEmpty();
    }
}
