package org.agora.plugins.lifecycle;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.plugins.settings.PluginSettingsService;
import org.agora.spaces.SpaceService;
import org.agora.spaces.SpaceView;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.UnknownItemException;

/** Which plugins are on in which space: space owners choose, an administrator's forcing wins. */
@Stateless
public class SpacePluginService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    SpaceService spaces;

    @EJB
    PluginSettingsService settings;

    /**
     * @param locale the reader's language, for the labels of settings
     * @return the space and the plugins enabled company-wide, with the owner's choices and the settings each plugin
     *         lets the space choose
     * @throws UnknownItemException  if the viewer may not know of the space
     * @throws AccessDeniedException unless the viewer owns or manages the space (or administers Agora)
     */
    public SpacePlugins forSpace(String slug, long viewerId, Locale locale) {
        SpaceView space = spaces.find(slug, viewerId);
        if (!space.access().canManage()) {
            throw new AccessDeniedException("error.module.space.see");
        }
        Map<String, Boolean> choices = em.createQuery(
                        "SELECT a FROM SpaceActivation a WHERE a.spaceId = :space", SpaceActivation.class)
                .setParameter("space", space.id()).getResultStream()
                .collect(Collectors.toMap(SpaceActivation::getPluginId, SpaceActivation::isEnabled));
        var plugins = em.createQuery("SELECT p FROM PluginInstallation p WHERE p.enabled = :on ORDER BY p.pluginId",
                        PluginInstallation.class).setParameter("on", true).getResultStream()
                .map(p -> new SpacePluginView(p.getPluginId(), p.getVersion(), p.getForcing(),
                        choices.getOrDefault(p.getPluginId(), true),
                        p.activeIn(Optional.ofNullable(choices.get(p.getPluginId()))),
                        settings.spaceSettings(p.getPluginId(), space.id(), locale)))
                .toList();
        return new SpacePlugins(space, plugins);
    }

    /**
     * Turns a plugin on or off in a space.
     *
     * @throws UnknownItemException  for an unknown space or plugin
     * @throws AccessDeniedException unless the viewer owns the space
     */
    public void choose(String slug, long viewerId, String pluginId, boolean on) {
        SpaceView space = owned(slug, viewerId);
        if (em.find(PluginInstallation.class, pluginId) == null) {
            throw new UnknownItemException("error.plugin.unknown");
        }
        SpaceActivation choice = em.find(SpaceActivation.class, new SpaceActivation.Key(pluginId, space.id()));
        if (choice == null) {
            em.persist(new SpaceActivation(pluginId, space.id(), on, viewerId, Instant.now()));
        } else {
            choice.choose(on, viewerId, Instant.now());
        }
    }

    /** @return true if the plugin is enabled and, after any forcing, on in the space */
    public boolean activeIn(String pluginId, long spaceId) {
        PluginInstallation p = em.find(PluginInstallation.class, pluginId);
        if (p == null) {
            return false;
        }
        SpaceActivation choice = em.find(SpaceActivation.class, new SpaceActivation.Key(pluginId, spaceId));
        return p.activeIn(Optional.ofNullable(choice).map(SpaceActivation::isEnabled));
    }

    private SpaceView owned(String slug, long viewerId) {
        SpaceView space = spaces.find(slug, viewerId);
        if (!space.access().isOwner()) {
            throw new AccessDeniedException("error.module.space.choose");
        }
        return space;
    }
}
