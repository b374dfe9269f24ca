package org.agora.plugins.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingsProvider;

/**
 * The permissions and settings running plugins declare. A plugin declares them once, so they are asked for through
 * the host's time-limited calls once per plugin start (per class loader) and kept; a declaration that fails is not
 * kept, and asked for again next time.
 */
@ApplicationScoped
public class PluginDeclarations {

    @Inject
    PluginRuntime host;

    /** What one plugin class loader declared; weakly held, so an upgraded plugin's old loader can go. */
    private record Declared(WeakReference<ClassLoader> loader, List<?> definitions) {
    }

    private final Map<String, Declared> cache = new ConcurrentHashMap<>();

    /**
     * @return the permissions a running plugin declares, none for a plugin that does not run
     * @throws PluginFailedException if the plugin threw or ran too long while declaring them
     */
    public List<PermissionDefinition> permissions(String pluginId) {
        return declared(pluginId, PermissionProvider.class, PermissionProvider::permissions);
    }

    /**
     * @return the settings a running plugin declares, in order, none for a plugin that does not run
     * @throws PluginFailedException if the plugin threw or ran too long while declaring them
     */
    public List<SettingDefinition> settings(String pluginId) {
        return declared(pluginId, SettingsProvider.class, SettingsProvider::settings);
    }

    /** @return true if the running plugin has an extension of {@code type} */
    public boolean declares(String pluginId, Class<?> type) {
        return !host.extensions(pluginId, type).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private <E, D> List<D> declared(String pluginId, Class<E> type, Function<E, List<D>> declare) {
        List<PluginExtension<E>> extensions = host.extensions(pluginId, type);
        if (extensions.isEmpty()) {
            return List.of();
        }
        ClassLoader loader = extensions.getFirst().loader();
        String key = type.getName() + "/" + pluginId;
        Declared known = cache.get(key);
        if (known != null && known.loader().get() == loader) {
            return (List<D>) known.definitions();
        }
        List<D> all = new ArrayList<>();
        for (PluginExtension<E> e : extensions) {
            // time-limited and counted: a plugin whose declaration hangs must not hang the page that asks
            all.addAll(host.call(pluginId, () -> List.copyOf(declare.apply(e.extension()))));
        }
        List<D> definitions = List.copyOf(all);
        cache.put(key, new Declared(new WeakReference<>(loader), definitions));
        return definitions;
    }
}
