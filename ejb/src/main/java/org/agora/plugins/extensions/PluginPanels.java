package org.agora.plugins.extensions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.api.Panel;
import org.agora.plugins.api.PanelContributor;
import org.agora.plugins.api.PanelRequest;
import org.agora.plugins.lifecycle.SpacePluginService;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginRuntime;

/**
 * The panels running plugins show beside the home page or a space's page, asked for each time the page is drawn,
 * each within its plugin's time limit; a space's page gets those of the plugins the space uses.
 */
@ApplicationScoped
public class PluginPanels {

    private static final Logger LOG = Logger.getLogger(PluginPanels.class.getName());

    @Inject
    PluginRuntime host;

    @Inject
    PluginContexts contexts;

    @EJB
    SpacePluginService spacePlugins;

    /** A plugin's panel, with the class loader its template is read with. */
    public record PluginPanel(String pluginId, ClassLoader loader, Panel panel) {
    }

    /** @return the panels for the page, in the plugins' order; none of a plugin that failed or was too slow */
    public List<PluginPanel> panels(PanelRequest request) {
        List<PluginPanel> found = new ArrayList<>();
        for (PluginExtension<PanelContributor> c : host.extensions(PanelContributor.class)) {
            if (request.space().isPresent() && !spacePlugins.activeIn(c.pluginId(), request.space().get().id())) {
                continue;
            }
            try {
                Optional<Panel> panel = host.call(c.pluginId(),
                        () -> c.extension().panel(request, contexts.forPlugin(c.pluginId())));
                if (panel != null) {
                    panel.ifPresent(p -> found.add(new PluginPanel(c.pluginId(), c.loader(), p)));
                }
            } catch (PluginFailedException e) {
                LOG.fine(() -> "Plugin " + c.pluginId() + " gave no panel: " + e.getMessage());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Plugin " + c.pluginId() + " failed to give its panel", e);
            }
        }
        return found;
    }
}
