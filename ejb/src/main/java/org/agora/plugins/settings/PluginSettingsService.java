package org.agora.plugins.settings;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.people.Roles;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.api.SettingDefinition;
import org.agora.plugins.api.SettingType;
import org.agora.plugins.api.SettingsProvider;
import org.agora.plugins.runtime.PluginDeclarations;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginMessages;
import org.agora.spaces.SpaceService;
import org.agora.spaces.SpaceView;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * The settings plugins declare, their saved values company-wide and per space, and saving them for administrators
 * and for the owners and managers of a space.
 */
@Stateless
public class PluginSettingsService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Roles roles;

    @Inject
    PluginRuntime host;

    @Inject
    PluginDeclarations declarations;

    @EJB
    SpaceService spaces;

    /** @return the ids of running plugins that declare settings */
    public List<String> pluginsWithSettings() {
        return host.extensions(SettingsProvider.class).stream().map(PluginExtension::pluginId).distinct().sorted()
                .toList();
    }

    /**
     * @return the plugin's settings with their company-wide values and labels in {@code locale}
     * @throws UnknownItemException if no running plugin with that id declares settings
     */
    public List<SettingView> settings(String pluginId, Locale locale) {
        SettingValues values = new SettingValues(declared(pluginId), saved(pluginId), Map.of());
        return views(pluginId, values.declared(), values, locale);
    }

    /**
     * @return the settings a space may set for itself, with the values that apply there, labels in {@code locale};
     *         none when the plugin does not run or declares no such setting
     */
    public List<SettingView> spaceSettings(String pluginId, long spaceId, Locale locale) {
        if (!declarations.declares(pluginId, SettingsProvider.class)) {
            return List.of();
        }
        try {
            SettingValues values = values(pluginId, spaceId);
            return views(pluginId, values.perSpace(), values, locale);
        } catch (PluginFailedException | UnknownItemException e) {
            // a plugin that fails to declare its settings, or stopped meanwhile, must not break the modules page
            return List.of();
        }
    }

    /**
     * @return the company-wide value of one setting, or its default
     * @throws IllegalArgumentException if the plugin did not declare it
     */
    public String value(String pluginId, String key) {
        return new SettingValues(declarations.settings(pluginId), saved(pluginId), Map.of()).value(key);
    }

    /**
     * @return the value of one setting in a space: the space's own for a setting declared per space, else the
     *         company-wide value, else the default
     * @throws IllegalArgumentException if the plugin did not declare it
     */
    public String value(String pluginId, long spaceId, String key) {
        return values(pluginId, spaceId).value(key);
    }

    /**
     * Saves every declared setting from the form; a setting of type BOOLEAN missing from the form is off.
     *
     * @throws AccessDeniedException unless an administrator asks
     * @throws InvalidInputException naming the first setting whose value does not fit, nothing saved
     */
    public void save(long adminId, String pluginId, Map<String, String> form) {
        roles.requireAdmin(adminId, "error.settings.admin");
        Map<String, String> values = checked(declared(pluginId), form);
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

    /**
     * Saves a space's own values of the plugin's settings declared per space; a BOOLEAN missing from the form is off.
     *
     * @throws UnknownItemException  if the viewer may not know of the space, or the plugin declares no such setting
     * @throws AccessDeniedException unless the viewer owns or manages the space
     * @throws InvalidInputException naming the first setting whose value does not fit, nothing saved
     */
    public void saveForSpace(String slug, long viewerId, String pluginId, Map<String, String> form) {
        SpaceView space = spaces.find(slug, viewerId);
        if (!space.access().canManage()) {
            throw new AccessDeniedException("error.module.spaceSettings");
        }
        List<SettingDefinition> perSpace = declared(pluginId).stream().filter(SettingDefinition::perSpace).toList();
        if (perSpace.isEmpty()) {
            throw new UnknownItemException("error.module.noSpaceSettings");
        }
        Map<String, String> values = checked(perSpace, form);
        Instant now = Instant.now();
        values.forEach((key, value) -> {
            SpaceSetting setting = em.find(SpaceSetting.class, SpaceSetting.idOf(pluginId, space.id(), key));
            if (setting == null) {
                em.persist(new SpaceSetting(pluginId, space.id(), key, value, viewerId, now));
            } else {
                setting.change(value, viewerId, now);
            }
        });
    }

    private static Map<String, String> checked(List<SettingDefinition> declared, Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingDefinition d : declared) {
            String value = d.type() == SettingType.BOOLEAN ? String.valueOf("true".equals(form.get(d.key())))
                    : form.getOrDefault(d.key(), "").strip();
            String problem = d.problem(value);
            if (problem != null) {
                // the API words the problem in English only
                throw new InvalidInputException(d.key(), d.type() == SettingType.NUMBER ? "error.pluginSetting.number"
                        : "error.pluginSetting.text", d.key());
            }
            values.put(d.key(), value);
        }
        return values;
    }

    private List<SettingView> views(String pluginId, List<SettingDefinition> shown, SettingValues values,
                                    Locale locale) {
        PluginMessages messages = PluginMessages.of(host.classLoader(pluginId)
                .orElseThrow(() -> new UnknownItemException("error.module.notRunning")), locale);
        return shown.stream().map(d -> new SettingView(d.key(), messages.find(d.label()).orElse(d.label()),
                d.type().name(), values.value(d))).toList();
    }

    private SettingValues values(String pluginId, long spaceId) {
        Map<String, String> own = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM SpaceSetting s WHERE s.pluginId = :plugin AND s.spaceId = :space",
                        SpaceSetting.class).setParameter("plugin", pluginId).setParameter("space", spaceId)
                .getResultStream().forEach(s -> own.put(s.key(), s.value()));
        return new SettingValues(declarations.settings(pluginId), saved(pluginId), own);
    }

    private Map<String, String> saved(String pluginId) {
        Map<String, String> saved = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM PluginSetting s WHERE s.pluginId = :plugin", PluginSetting.class)
                .setParameter("plugin", pluginId).getResultStream().forEach(s -> saved.put(s.key(), s.value()));
        return saved;
    }

    private List<SettingDefinition> declared(String pluginId) {
        if (!declarations.declares(pluginId, SettingsProvider.class)) {
            throw new UnknownItemException("error.module.noSettings");
        }
        return declarations.settings(pluginId);
    }
}
