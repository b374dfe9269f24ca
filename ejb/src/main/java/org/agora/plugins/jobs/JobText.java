package org.agora.plugins.jobs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** A job's parameters and state as they are kept: a JSON object of texts. */
final class JobText {

    private JobText() {
    }

    static String write(Map<String, String> values) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach((k, v) -> json.add(k, v == null ? "" : v));
        return json.build().toString();
    }

    static Map<String, String> read(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            json.forEach((k, v) -> values.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        }
        return values;
    }
}
