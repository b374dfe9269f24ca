package org.agora.content;

import java.util.Map;

/**
 * The people a text mentions, as links show them: the person id of each handle that names someone, and their names,
 * which the links show instead of the handles.
 *
 * @param ids   the person id of each known handle, as {@link References#of} found them
 * @param names the name of each of those people; a person without one here is shown by their handle
 */
public record Mentioned(Map<String, Long> ids, Map<Long, String> names) {

    public static final Mentioned NOBODY = new Mentioned(Map.of(), Map.of());

    public Mentioned {
        ids = Map.copyOf(ids);
        names = Map.copyOf(names);
    }

    /** @return the handles' people, shown by their handles */
    public static Mentioned byHandle(Map<String, Long> ids) {
        return new Mentioned(ids, Map.of());
    }
}
