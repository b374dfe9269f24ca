package org.agora.web.plugins;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.MvcContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.agora.plugins.api.PanelLocation;
import org.agora.plugins.api.PanelRequest;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.extensions.PluginPanels;
import org.agora.plugins.extensions.PluginScopes;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.web.forms.CsrfField;
import org.agora.web.security.CurrentUser;
import org.agora.web.views.Dates;

/**
 * The panels plugins show beside the home feed and a space's page, rendered, available to views as
 * {@code pluginPanels}; a space's page asks only where the reader may read the space.
 */
@Named("pluginPanels")
@RequestScoped
public class PluginPanelsView {

    @Inject
    Dates dates;

    private static final Logger LOG = Logger.getLogger(PluginPanelsView.class.getName());

    @Inject
    PluginPanels panels;

    @Inject
    PluginScopes scopes;

    @Inject
    PluginRuntime host;

    @Inject
    PluginViews views;

    @Inject
    CurrentUser current;

    @Inject
    MvcContext mvc;

    @Inject
    CsrfField csrfField;

    /** A panel as the page shows it: its title, its HTML and the address of its "See all" link, or null. */
    public record Shown(String pluginId, String title, String html, String more) {
    }

    /** @return the panels beside the home feed */
    public List<Shown> home() {
        return shown(new PanelRequest(PanelLocation.HOME, current.viewer(), null, mvc.getLocale()));
    }

    /** @return the panels of the plugins the space uses, for a reader who may read it */
    public List<Shown> space(long spaceId) {
        Viewer viewer = current.viewer();
        return shown(new PanelRequest(PanelLocation.SPACE, viewer, scopes.space(spaceId, viewer.id()),
                mvc.getLocale()));
    }

    private List<Shown> shown(PanelRequest request) {
        Locale locale = mvc.getLocale();
        String query = request.space().map(s -> "?space=" + s.id()).orElse("");
        List<Shown> shown = new ArrayList<>();
        for (PluginPanels.PluginPanel p : panels.panels(request)) {
            String plugin = p.pluginId();
            Map<String, Object> model = PluginViews.withHostVariables(p.panel().model(), plugin, request.viewer(),
                    csrfField, dates);
            model.put("query", query);
            try {
                // the template calls methods of the plugin's model objects: plugin code, time-limited and counted
                String html = host.call(plugin, () -> views.render(plugin, p.loader(), p.panel().template(), model,
                        locale));
                String more = p.panel().more() == null ? null : "/m/" + plugin + p.panel().more()
                        + (query.isEmpty() || !p.panel().more().contains("?") ? query : "&" + query.substring(1));
                shown.add(new Shown(plugin, p.panel().title(), html, more));
            } catch (PluginFailedException e) {
                LOG.fine(() -> "Plugin " + plugin + " panel " + p.panel().template() + " failed: " + e.getMessage());
            }
        }
        return shown;
    }
}
