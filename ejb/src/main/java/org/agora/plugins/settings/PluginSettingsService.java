package org.agora.plugins.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.plugins.PluginHost;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.agora.plugins.api.SettingsProvider;
import org.agora.plugins.extensions.PluginExtension;
import org.agora.plugins.extensions.PluginMessages;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/** The settings plugins declare, their saved values, and saving them for administrators. */
@Stateless
public class PluginSettingsService {

    private static final Logger LOG = Logger.getLogger(PluginSettingsService.class.getName());

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    PluginHost host;

    /** @return the ids of running plugins that declare settings */
    public List<String> pluginsWithSettings() {
        return host.extensions(SettingsProvider.class).stream().map(PluginExtension::pluginId).distinct().sorted()
                .toList();
    }

    /**
     * @return the plugin's settings with their values and labels in {@code locale}
     * @throws UnknownItemException if no running plugin with that id declares settings
     */
    public List<SettingView> settings(String pluginId, Locale locale) {
        List<SettingDefinition> declared = declared(pluginId);
        Map<String, String> saved = saved(pluginId);
        PluginMessages messages = PluginMessages.of(host.classLoader(pluginId)
                .orElseThrow(() -> new UnknownItemException("This module is not running.")), locale);
        return declared.stream().map(d -> new SettingView(d.key(),
                messages.find(d.label()).orElse(d.label()), d.type().name(),
                saved.getOrDefault(d.key(), d.defaultValue()))).toList();
    }

    /**
     * @return the saved value of one setting, or its default
     * @throws IllegalArgumentException if the plugin did not declare it
     */
    public String value(String pluginId, String key) {
        SettingDefinition definition = declared(pluginId).stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plugin " + pluginId + " declares no setting " + key));
        PluginSetting setting = em.find(PluginSetting.class, PluginSetting.idOf(pluginId, key));
        return setting == null ? definition.defaultValue() : setting.value();
    }

    /**
     * Saves every declared setting from the form; a setting of type BOOLEAN missing from the form is off.
     *
     * @throws AccessDeniedException unless an administrator asks
     * @throws InvalidInputException naming the first setting whose value does not fit, nothing saved
     */
    public void save(long adminId, String pluginId, Map<String, String> form) {
        Person admin = em.find(Person.class, adminId);
        if (admin == null || admin.getRole() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators change the settings.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingDefinition d : declared(pluginId)) {
            String value = d.type() == SettingType.BOOLEAN ? String.valueOf("true".equals(form.get(d.key())))
                    : form.getOrDefault(d.key(), "").strip();
            String problem = d.problem(value);
            if (problem != null) {
                throw new InvalidInputException(d.key(), d.key() + ": " + problem + ".");
            }
            values.put(d.key(), value);
        }
        Instant now = Instant.now();
        values.forEach((key, value) -> {
            PluginSetting setting = em.find(PluginSetting.class, PluginSetting.idOf(pluginId, key));
            if (setting == null) {
                em.persist(new PluginSetting(pluginId, key, value, adminId, now));
            } else {
                setting.change(value, adminId, now);
            }
        });
    }

    private Map<String, String> saved(String pluginId) {
        Map<String, String> saved = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM PluginSetting s WHERE s.pluginId = :plugin", PluginSetting.class)
                .setParameter("plugin", pluginId).getResultStream().forEach(s -> saved.put(s.key(), s.value()));
        return saved;
    }

    private List<SettingDefinition> declared(String pluginId) {
        List<PluginExtension<SettingsProvider>> providers = host.extensions(pluginId, SettingsProvider.class);
        if (providers.isEmpty()) {
            throw new UnknownItemException("This module has no settings.");
        }
        return providers.stream().flatMap(p -> {
            try {
                return p.call(() -> p.extension().settings()).stream();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Plugin " + pluginId + " failed to declare its settings", e);
                return java.util.stream.Stream.<SettingDefinition>empty();
            }
        }).toList();
    }
}
