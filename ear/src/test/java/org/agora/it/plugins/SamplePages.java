package org.agora.it.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.agora.plugins.api.PageHandler;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.StoredRecord;

/** A good plugin: shows its version (from its jar), its notes and its upgrades; a POST adds a note. */
public class SamplePages implements PageHandler {

    @Override
    public PageResult handle(PageRequest request, PluginContext context) throws IOException {
        if (request.isPost() && request.path().equals("/notes")) {
            context.records().create("notes", Map.of("text", request.parameter("text").orElse("")));
            return PageResult.redirect("/");
        }
        if (!request.path().equals("/")) {
            return PageResult.notFound("No such sample page.");
        }
        return PageResult.view("home", "Sample", Map.of("version", version(),
                "notes", context.records().list("notes", 0, 100).stream().map(r -> field(r, "text")).toList(),
                "upgrades", context.records().list("upgrades", 0, 100).stream().map(r -> field(r, "from")).toList()));
    }

    private static String field(StoredRecord record, String name) {
        return record.fields().getOrDefault(name, "");
    }

    private String version() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("sample.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }
}
