package ${package};

import java.util.Map;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.pf4j.Extension;

/** The plugin's pages, under {@code /m/${pluginId}/}. */
@Extension
public class HomePage implements PageHandler {

    @Override
    public PageResult handle(PageRequest request, PluginContext context) {
        if (!request.path().equals("/")) {
            return PageResult.notFound(context.messages(request.locale()).get("${pluginId}.notFound"));
        }
        return PageResult.view("home", context.messages(request.locale()).get("${pluginId}.title"),
                Map.of("name", request.viewer().name(), "version", context.pluginVersion()));
    }
}
