package org.agora.it.gate;

import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.PluginSettings;
import org.pf4j.Extension;

/** Pages that answer what the host says about permissions and settings, and send a translated notification. */
@Extension
public class GatePages implements PageHandler {

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        switch (request.path()) {
            case "/open":
                return context.permitted(request.viewer(), "gate.open") ? new PageResult.Json("{\"open\":true}")
                        : new PageResult.Forbidden("The gate is closed to you.");
            case "/space":
                if (request.space().isEmpty()) {
                    return new PageResult.BadRequest("The gate of a space needs the space.");
                }
                return context.permitted(request.viewer(), request.space().get(), "gate.space")
                        ? new PageResult.Json("{\"space\":true}")
                        : new PageResult.Forbidden("The gate of this space is closed to you.");
            case "/settings":
                PluginSettings settings = request.space().isPresent() ? context.settings(request.space().get())
                        : context.settings();
                return new PageResult.Json("{\"color\":\"" + settings.get("color") + "\",\"size\":"
                        + settings.getNumber("size") + ",\"title\":\"" + settings.get("title") + "\"}");
            case "/notify":
                if (!request.isPost()) {
                    return PageResult.notFound("POST only");
                }
                context.notify(PluginNotification.message(request.viewer().id(), "gate.notice", "/open",
                        request.parameter("name").orElse("?"), 3));
                return new PageResult.Json("{\"notified\":true}");
            default:
                return new PageResult.BadRequest("The gate knows no such page.");
        }
    }
}
