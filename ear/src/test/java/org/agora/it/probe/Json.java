package org.agora.it.probe;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Just enough JSON for the probe's answers. */
public final class Json {

    private Json() {
    }

    public static String of(Object value) {
        return switch (value) {
            case null -> "null";
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            case Map<?, ?> m -> m.entrySet().stream().map(e -> of(String.valueOf(e.getKey())) + ":" + of(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
            case Collection<?> c -> c.stream().map(Json::of).collect(Collectors.joining(",", "[", "]"));
            default -> "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        };
    }
}
