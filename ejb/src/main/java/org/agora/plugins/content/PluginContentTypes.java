package org.agora.plugins.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.runtime.PluginMessages;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.api.content.ContentType;
import org.agora.plugins.api.content.ContentTypeProvider;
import org.agora.plugins.runtime.PluginExtension;

/** The content types that running plugins declare, and their names in a language. */
@ApplicationScoped
public class PluginContentTypes {

    private static final Logger LOG = Logger.getLogger(PluginContentTypes.class.getName());

    @Inject
    PluginRuntime host;

    // a plugin declares its types once per start: keyed weakly by class loader, so an upgrade reads them again and
    // the old loader can still be collected
    private final Map<ClassLoader, List<ContentType>> declared = Collections.synchronizedMap(new WeakHashMap<>());

    /** @return the type a running plugin declares under this key */
    public Optional<ContentType> find(String pluginId, String key) {
        return declared(pluginId).stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * @return the type's name as the plugin's messages give it in {@code locale}, or the key while the plugin does
     *         not run
     */
    public String label(String pluginId, String key, Locale locale) {
        return find(pluginId, key).flatMap(t -> host.classLoader(pluginId)
                        .map(loader -> PluginMessages.of(loader, locale).get(t.label())))
                .orElse(key);
    }

    private List<ContentType> declared(String pluginId) {
        return host.classLoader(pluginId).map(loader -> declared.computeIfAbsent(loader, l -> read(pluginId)))
                .orElse(List.of());
    }

    private List<ContentType> read(String pluginId) {
        return host.extensions(pluginId, ContentTypeProvider.class).stream()
                .flatMap((PluginExtension<ContentTypeProvider> p) -> {
                    try {
                        return host.call(pluginId, () -> p.extension().contentTypes()).stream();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Plugin " + pluginId + " failed to declare its content types", e);
                        return java.util.stream.Stream.<ContentType>empty();
                    }
                }).toList();
    }
}
