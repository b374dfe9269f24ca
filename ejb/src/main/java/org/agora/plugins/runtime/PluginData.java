package org.agora.plugins.runtime;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the data plugins hand the host (maps, lists, text, numbers, booleans, dates) as JSON: what a
 * {@code PersonalDataHandler.exportData} exports and what a page sends as {@code PageResult.Data}, so that no
 * plugin writes JSON by hand.
 */
public final class PluginData {

    /** Nesting deeper than this is refused: it only happens with a structure that contains itself. */
    private static final int MAX_DEPTH = 32;

    private PluginData() {
    }

    /**
     * @throws IllegalArgumentException for a value of another kind, a map key that is not text, or nesting deeper
     *                                  than {@value #MAX_DEPTH}
     */
    public static JsonValue toJson(Object value) {
        return toJson(value, 0);
    }

    private static JsonValue toJson(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("exported data nested deeper than " + MAX_DEPTH);
        }
        return switch (value) {
            case null -> JsonValue.NULL;
            case String s -> Json.createValue(s);
            case Boolean b -> b ? JsonValue.TRUE : JsonValue.FALSE;
            case Integer i -> Json.createValue(i);
            case Long l -> Json.createValue(l);
            case Short s -> Json.createValue(s);
            case Byte b -> Json.createValue(b);
            case BigInteger i -> Json.createValue(i);
            case BigDecimal d -> Json.createValue(d);
            case Number n -> Json.createValue(n.doubleValue());
            case TemporalAccessor t -> Json.createValue(t.toString()); // java.time writes ISO-8601
            case Map<?, ?> map -> object(map, depth);
            case Iterable<?> list -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                list.forEach(item -> array.add(toJson(item, depth + 1)));
                yield array.build();
            }
            default -> throw new IllegalArgumentException("cannot export a " + value.getClass().getName());
        };
    }

    private static JsonValue object(Map<?, ?> map, int depth) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> {
            if (!(k instanceof String key)) {
                throw new IllegalArgumentException("exported map keys are text, not " + k);
            }
            sorted.put(key, v);
        });
        sorted.forEach((k, v) -> object.add(k, toJson(v, depth + 1)));
        return object.build();
    }
}
