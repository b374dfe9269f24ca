package org.agora.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The facet values chosen on the search page, read leniently from the address: a value that makes no sense is
 * ignored rather than refused, as a search answers whatever is typed. Builds the links that add or remove one.
 */
public record SearchFilters(String q, String type, Long spaceId, Long authorId, String tag, String date,
                            boolean byDate) {

    // Agora's own types, or a plugin's as "plugin.type"
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}|[A-Za-z0-9._-]{1,64}\\.[a-z0-9-]{1,40}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_]{1,64}");
    private static final Pattern DATE = Pattern.compile("day|week|month|year");

    static SearchFilters of(String q, String type, String space, String author, String tag, String date,
                            String sort) {
        return new SearchFilters(q, match(TYPE, type), id(space), id(author), match(TAG, tag), match(DATE, date),
                "date".equals(sort));
    }

    private static String match(Pattern pattern, String value) {
        return value != null && pattern.matcher(value).matches() ? value : null;
    }

    private static Long id(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    /** @return true if any facet value is chosen */
    public boolean any() {
        return type != null || spaceId != null || authorId != null || tag != null || date != null;
    }

    /** @return the address of this search with the facet set to the value, or removed if the value is null */
    public String with(String facet, String value) {
        Map<String, String> params = params();
        if (value == null) {
            params.remove(facet);
        } else {
            params.put(facet, value);
        }
        StringBuilder url = new StringBuilder("/search");
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(),
                    StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }

    /** @return the address of this search without any facet */
    public String cleared() {
        return new SearchFilters(q, null, null, null, null, null, byDate).with("q", q);
    }

    /** @return true if the facet has this value chosen */
    public boolean chosen(String facet, String value) {
        return value != null && value.equals(params().get(facet));
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        put(params, "type", type);
        put(params, "space", spaceId);
        put(params, "author", authorId);
        put(params, "tag", tag);
        put(params, "date", date);
        if (byDate) {
            params.put("sort", "date");
        }
        return params;
    }

    private static void put(Map<String, String> params, String key, Object value) {
        if (value != null) {
            params.put(key, value.toString());
        }
    }
}
