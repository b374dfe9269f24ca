package org.agora.search.index;

/**
 * One value of a facet with the number of matching items that have it.
 *
 * @param value what a filter on it sends back, such as a space id
 * @param label what the reader sees, such as the space's name
 */
public record FacetCount(String value, String label, long count) {

    /** @return the same count under another label */
    public FacetCount labelled(String newLabel) {
        return new FacetCount(value, newLabel, count);
    }
}
