package org.agora.plugins.testkit;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.Panel;
import org.agora.plugins.api.PanelRequest;
import org.agora.plugins.api.PluginsApi;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentCard;
import org.agora.plugins.api.content.ContentCardRequest;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a plugin's view as the host does: Thymeleaf 3.1, the plugin's {@code templates/*.html}, the host's
 * fragments ({@code agora/forms}, {@code agora/people}), the plugin's messages then the fragments' own, and the
 * variables the host adds ({@code viewer}, {@code base}, {@code assets}, {@code csrf}).
 */
final class TemplateRenderer {

    /** The CSRF field the test host's pages carry. */
    static final String CSRF_NAME = "_csrf";
    static final String CSRF_TOKEN = "test-csrf-token";

    private final TemplateEngine engine = new TemplateEngine();

    TemplateRenderer(ClassLoader plugin) {
        ClassLoaderTemplateResolver host = resolver(PluginsApi.class.getClassLoader(),
                "org/agora/plugins/api/templates/", 1);
        host.setResolvablePatterns(Set.of("agora/*"));
        engine.addTemplateResolver(host);
        engine.addTemplateResolver(resolver(plugin, "templates/", 2));
        engine.addMessageResolver(new Bundle(plugin, "i18n.messages", 1));
        engine.addMessageResolver(new Bundle(PluginsApi.class.getClassLoader(),
                "org.agora.plugins.api.templates.agora.fragments", 2));
    }

    /** Where the test kit's pages say Agora is, for {@code ${publicBase}}. */
    static final String PUBLIC_ORIGIN = "http://agora.test";

    String render(String pluginId, PageResult.View view, Viewer viewer, Locale locale) {
        Map<String, Object> model = new HashMap<>(view.model());
        model.put("viewer", viewer);
        model.put("base", "/m/" + pluginId);
        model.put("assets", "/m/" + pluginId + "/assets");
        model.put("publicBase", PUBLIC_ORIGIN + "/public/m/" + pluginId);
        model.put("csrf", Map.of("name", CSRF_NAME, "token", CSRF_TOKEN));
        model.put("dates", new TestDates(locale));
        return engine.process(view.template(), new Context(locale, model));
    }

    /** Renders a panel as the host does beside a page, with {@code query} the space's {@code ?space=ID} or empty. */
    String render(String pluginId, Panel panel, PanelRequest request) {
        Map<String, Object> model = new HashMap<>(panel.model());
        model.put("viewer", request.viewer());
        model.put("base", "/m/" + pluginId);
        model.put("assets", "/m/" + pluginId + "/assets");
        model.put("query", request.space().map(s -> "?space=" + s.id()).orElse(""));
        model.put("csrf", Map.of("name", CSRF_NAME, "token", CSRF_TOKEN));
        model.put("dates", new TestDates(request.locale()));
        return engine.process(panel.template(), new Context(request.locale(), model));
    }

    /** Renders a feed card as the host does, with {@code query} the item's space's {@code ?space=ID} or empty. */
    String render(String pluginId, ContentCard card, ContentCardRequest request) {
        Map<String, Object> model = new HashMap<>(card.model());
        model.put("viewer", request.viewer());
        model.put("base", "/m/" + pluginId);
        model.put("assets", "/m/" + pluginId + "/assets");
        model.put("query", request.space().map(s -> "?space=" + s.id()).orElse(""));
        model.put("csrf", Map.of("name", CSRF_NAME, "token", CSRF_TOKEN));
        model.put("dates", new TestDates(request.locale()));
        return engine.process(card.template(), new Context(request.locale(), model));
    }

    private static ClassLoaderTemplateResolver resolver(ClassLoader loader, String prefix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(loader);
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** A message bundle read as UTF-8, as the host reads plugins' bundles; absent keys show as the host shows them. */
    private static final class Bundle extends AbstractMessageResolver {

        private final ClassLoader loader;
        private final String name;

        Bundle(ClassLoader loader, String name, int order) {
            this.loader = loader;
            this.name = name;
            setOrder(order);
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, context.getLocale(), loader,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                return bundle.containsKey(key)
                        ? new MessageFormat(bundle.getString(key), context.getLocale()).format(args) : null;
            } catch (MissingResourceException e) {
                return null;
            }
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] args) {
            return "??" + key + "_" + context.getLocale() + "??";
        }
    }
}
