package org.agora.web.plugins;

import org.agora.plugins.runtime.PluginMessages;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Resolves {@code #{key}} in a plugin's templates from the plugin's {@code i18n/messages*.properties}. */
class PluginMessageResolver extends AbstractMessageResolver {

    private final ClassLoader plugin;

    PluginMessageResolver(ClassLoader plugin) {
        this.plugin = plugin;
        setOrder(1);
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        return PluginMessages.of(plugin, context.getLocale()).find(key, args).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] args) {
        return "??" + key + "_" + context.getLocale() + "??";
    }
}
