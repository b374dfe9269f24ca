package org.agora.web.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.plugins.api.Viewer;
import org.agora.web.forms.CsrfField;
import org.agora.web.i18n.HostFragments;
import org.agora.web.views.Dates;
import org.agora.web.views.TemplateMethods;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Thymeleaf templates that live inside plugin jars ({@code templates/*.html}), one engine per
 * plugin, rebuilt when the plugin's class loader changes, so an upgraded plugin gets fresh templates and its old
 * class loader is not kept alive. {@code #{key}} reads the plugin's own message bundle.
 */
@ApplicationScoped
public class PluginViews {

    private record Engine(ClassLoader loader, TemplateEngine engine) {
    }

    private final Map<String, Engine> engines = new ConcurrentHashMap<>();

    /**
     * Renders without the servlet request: the template sees the model only, so that it can run on the host's
     * time-limited plugin threads, where the request of the page being served is not at hand.
     *
     * @return the HTML of the template, rendered with {@code model}
     */
    public String render(String pluginId, ClassLoader plugin, String template, Map<String, Object> model,
                         Locale locale) {
        return engine(pluginId, plugin).process(template, new Context(locale, model));
    }

    /**
     * @return the plugin's model with what the host gives every plugin template: {@code viewer}, {@code base} (the
     *         plugin's address), {@code assets}, {@code csrf} (the form token's field name and value) and
     *         {@code dates} (moments worded in the reader's language and time zone: {@code dates.format(instant)},
     *         {@code dates.day(instant)}, {@code dates.exact(instant)})
     */
    static Map<String, Object> withHostVariables(Map<String, Object> model, String pluginId, Viewer viewer,
                                                 CsrfField csrf, Dates dates) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("dates", dates.reader());
        all.put("viewer", viewer);
        all.put("base", "/m/" + pluginId);
        all.put("assets", "/m/" + pluginId + "/assets");
        all.put("csrf", Map.of("name", csrf.getName(), "token", csrf.getToken()));
        return all;
    }

    private TemplateEngine engine(String pluginId, ClassLoader loader) {
        return engines.compute(pluginId, (id, known) -> known != null && known.loader() == loader ? known
                : new Engine(loader, newEngine(loader))).engine();
    }

    private static TemplateEngine newEngine(ClassLoader loader) {
        TemplateMethods.install();
        TemplateEngine engine = new TemplateEngine();
        // the host's fragments (agora/forms, agora/people), shipped with the plugins API, then the plugin's own
        engine.addTemplateResolver(HostFragments.templates());
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(loader);
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(2);
        engine.addTemplateResolver(resolver);
        engine.addMessageResolver(new PluginMessageResolver(loader));
        engine.addMessageResolver(HostFragments.messages());
        return engine;
    }
}
