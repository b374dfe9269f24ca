package org.agora.web.i18n;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import org.eclipse.krazo.engine.ViewEngineConfig;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The Thymeleaf engine of Agora's views: templates under {@code /WEB-INF/views/} (given by Krazo with their folder,
 * or as fragment names without it) and messages from the {@code messages} bundle. It replaces Krazo's default
 * producer, which knows no message bundle.
 */
@ApplicationScoped
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 10)
public class ViewEngineProducer {

    private static final String VIEWS = "/WEB-INF/views/";

    @Inject
    ServletContext servletContext;

    // dependent: TemplateEngine cannot be proxied, and its one user, Krazo's view engine, is application-scoped
    @Produces
    @ViewEngineConfig
    public TemplateEngine templateEngine() {
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(servletContext);
        WebApplicationTemplateResolver views = resolver(application, "", "", 1);
        views.setCheckExistence(true);
        WebApplicationTemplateResolver fragments = resolver(application, VIEWS, ".html", 2);
        TemplateEngine engine = new TemplateEngine();
        // the people picker the plugins use serves the host's pages as well
        engine.addTemplateResolver(HostFragments.templates());
        engine.addTemplateResolver(views);
        engine.addTemplateResolver(fragments);
        BundleMessages messages = new BundleMessages();
        messages.setOrder(1);
        engine.addMessageResolver(messages);
        engine.addMessageResolver(HostFragments.messages());
        return engine;
    }

    private static WebApplicationTemplateResolver resolver(JakartaServletWebApplication application, String prefix,
                                                           String suffix, int order) {
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        resolver.setPrefix(prefix);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setOrder(order);
        return resolver;
    }
}
