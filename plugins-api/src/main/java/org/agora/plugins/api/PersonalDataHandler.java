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
 *     public String export(long personId, PluginContext context) { return "{\"pages\": 3}"; }
 *     public void erase(long personId, PluginContext context) { ... replace the author's name ... }
 * }
 * }</pre>
 *
 * @since 1.1.0
 */
public interface PersonalDataHandler extends ExtensionPoint {

    /**
     * @param personId the person
     * @param context  the host services for this plugin
     * @return what the plugin holds about the person as a JSON document (or plain text, which the host quotes);
     *         null or empty when it holds nothing
     * @throws Exception any failure; the host reports the export as incomplete
     */
    String export(long personId, PluginContext context) throws Exception;

    /**
     * Erases or anonymises what the plugin holds about the person, before the host deletes the person's records.
     *
     * @param personId the person
     * @param context  the host services for this plugin
     * @throws Exception any failure; the host reports the erasure as incomplete
     */
    void erase(long personId, PluginContext context) throws Exception;
}
