package org.agora.web.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the Thymeleaf templates that live inside plugin jars ({@code templates/*.html}), one engine per plugin
 * class loader, so a reloaded plugin gets fresh templates. {@code #{key}} reads the plugin's own message bundle.
 */
@ApplicationScoped
public class PluginViews {

    private final Map<ClassLoader, TemplateEngine> engines = new WeakHashMap<>();

    /** @return the HTML of the template, rendered with {@code model} */
    public String render(ClassLoader plugin, String template, Map<String, Object> model, ServletContext servlet,
                         HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var exchange = JakartaServletWebApplication.buildApplication(servlet).buildExchange(request, response);
        WebContext context = new WebContext(exchange, locale, model);
        return engine(plugin).process(template, context);
    }

    private synchronized TemplateEngine engine(ClassLoader plugin) {
        return engines.computeIfAbsent(plugin, loader -> {
            ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(loader);
            resolver.setPrefix("templates/");
            resolver.setSuffix(".html");
            resolver.setTemplateMode(TemplateMode.HTML);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setCheckExistence(true);
            TemplateEngine engine = new TemplateEngine();
            engine.setTemplateResolver(resolver);
            engine.setMessageResolver(new PluginMessageResolver(loader));
            return engine;
        });
    }
}
