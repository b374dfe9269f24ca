package org.agora.plugins.api;

import org.pf4j.ExtensionPoint;

/**
 * The plugin's part of the GDPR: export what it holds about a person, and erase or anonymise it.
 *
 * <p>Records created with an owner ({@link RecordStore#create(String, java.util.Map, Long)}) are exported and
 * erased by the host without plugin code; this handler covers the rest, such as a person's name copied into other
 * records. The host calls it when an administrator exports or erases a person's data.
 *
 * <pre>{@code
 * @Extension
 * public class WikiPersonalData implements PersonalDataHandler {
 *     public Object exportData(long personId, PluginContext context) {
 *         return Map.of("pagesWritten", List.of(Map.of("title", "Onboarding", "written", "2026-11-02T09:00:00Z")));
 *     }
 *     public void erase(long personId, PluginContext context) { ... replace the author's name ... }
 * }
 * }</pre>
 *
 * @since 1.1.0
 */
public interface PersonalDataHandler extends ExtensionPoint {

    /**
     * What the plugin holds about a person, as data the host writes as JSON in the person's export: a
     * {@code Map} with {@code String} keys, a {@code List}, a {@code String}, a {@code Number}, a {@code Boolean},
     * a {@code java.time.temporal.TemporalAccessor} (written in ISO-8601), or null, nested at will. The host
     * escapes everything; the plugin writes no JSON itself.
     *
     * <p>The default calls {@link #export}, so that 1.1 plugins keep working.
     *
     * @param personId the person
     * @param context  the host services for this plugin
     * @return what the plugin holds about the person; null when it holds nothing
     * @throws Exception any failure; the host reports the export as incomplete
     * @since 1.2.0
     */
    default Object exportData(long personId, PluginContext context) throws Exception {
        return null;
    }

    /**
     * The 1.1 way of exporting: the host calls it only when {@link #exportData} returns null.
     *
     * @param personId the person
     * @param context  the host services for this plugin
     * @return what the plugin holds about the person as a JSON document (or plain text, which the host quotes);
     *         null or empty when it holds nothing
     * @throws Exception any failure; the host reports the export as incomplete
     */
    default String export(long personId, PluginContext context) throws Exception {
        return null;
    }

    /**
     * Erases or anonymises what the plugin holds about the person, before the host deletes the person's records.
     *
     * @param personId the person
     * @param context  the host services for this plugin
     * @throws Exception any failure; the host reports the erasure as incomplete
     */
    void erase(long personId, PluginContext context) throws Exception;
}
