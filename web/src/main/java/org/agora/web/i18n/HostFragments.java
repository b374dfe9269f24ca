package org.agora.web.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.agora.plugins.api.PluginsApi;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * The fragments the host offers every plugin template ({@code ~{agora/forms :: csrf}},
 * {@code ~{agora/people :: picker(...)}}, {@code ~{agora/jobs :: progress(id)}}) and their messages; the host's own
 * views use them too. They ship inside the plugins API jar, so that the
 * plugin test kit renders them as the host does.
 */
public final class HostFragments {

    private static final String BUNDLE = "org.agora.plugins.api.templates.agora.fragments";

    private HostFragments() {
    }

    /** @return a resolver of the {@code agora/*} templates only, asked before the plugin's own */
    public static ITemplateResolver templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PluginsApi.class.getClassLoader());
        resolver.setPrefix("org/agora/plugins/api/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("agora/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(1);
        return resolver;
    }

    /** @return the fragments' messages ({@code agora.*}), asked after the plugin's own bundle */
    public static IMessageResolver messages() {
        AbstractMessageResolver resolver = new AbstractMessageResolver() {
            @Override
            public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
                if (!key.startsWith("agora.")) {
                    return null;
                }
                try {
                    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getLocale(),
                            PluginsApi.class.getClassLoader(),
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
        };
        resolver.setOrder(2);
        return resolver;
    }
}
