package org.agora.plugins.privacy;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.people.Roles;
import org.agora.people.model.Person;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.events.PersonErased;
import org.agora.plugins.extensions.PluginContexts;
import org.agora.plugins.extensions.PluginEventRelay;
import org.agora.plugins.runtime.PluginData;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.storage.PluginRecordService;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.UnknownItemException;

/**
 * Exports and erases what plugins keep about a person: the records they own, plus what each plugin's
 * {@link PersonalDataHandler} adds; the modules' part of {@code org.agora.privacy}.
 */
@Stateless
public class PluginPrivacyService {

    private static final Logger LOG = Logger.getLogger(PluginPrivacyService.class.getName());

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Roles roles;

    @EJB
    PluginRecordService records;

    @Inject
    PluginRuntime host;

    @Inject
    PluginContexts contexts;

    @Inject
    PluginEventRelay events;

    /**
     * @return a JSON document with, per plugin, the records the person owns and what the plugin's hook exported
     * @throws AccessDeniedException unless an administrator asks
     * @throws UnknownItemException if nobody has that id
     */
    public String export(long adminId, long personId) {
        roles.requireAdmin(adminId, "error.privacy.admin");
        Person person = person(personId);
        return Json.createObjectBuilder().add("person", person.getId()).add("email", person.getEmail())
                .add("exportedAt", Instant.now().toString()).add("plugins", pluginData(personId)).build().toString();
    }

    /** @return per plugin, the records the person owns and what the plugin's hook exported */
    public JsonObject pluginData(long personId) {
        Map<String, JsonObjectBuilder> plugins = new TreeMap<>();
        records.ownedBy(personId).forEach((plugin, owned) -> {
            JsonArrayBuilder list = Json.createArrayBuilder();
            owned.forEach(r -> list.add(json(r)));
            plugins.computeIfAbsent(plugin, p -> Json.createObjectBuilder()).add("records", list);
        });
        for (PluginExtension<PersonalDataHandler> h : host.extensions(PersonalDataHandler.class)) {
            JsonObjectBuilder entry = plugins.computeIfAbsent(h.pluginId(), p -> Json.createObjectBuilder());
            try {
                // time-limited and counted: a hook that hangs must not hang the administrator's page
                JsonValue data = host.call(h.pluginId(), () -> exported(h.extension(), personId,
                        contexts.forPlugin(h.pluginId())));
                if (data != null) {
                    entry.add("data", data);
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Plugin " + h.pluginId() + " failed to export person " + personId, e);
                entry.add("error", "the module failed to export its data");
            }
        }
        JsonObjectBuilder all = Json.createObjectBuilder();
        plugins.forEach(all::add);
        return all.build();
    }

    /**
     * Calls each plugin's erase hook, deletes the records the person owns, then tells listening plugins.
     *
     * @throws AccessDeniedException unless an administrator asks
     * @throws UnknownItemException if nobody has that id
     */
    public ErasureReport erase(long adminId, long personId) {
        roles.requireAdmin(adminId, "error.privacy.admin");
        person(personId);
        return erase(personId);
    }

    /**
     * Calls each plugin's erase hook, deletes the records the person owns, then tells listening plugins; for the
     * erasure job, which checked who asked. Running it again is harmless.
     */
    public ErasureReport erase(long personId) {
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (PluginExtension<PersonalDataHandler> h : host.extensions(PersonalDataHandler.class)) {
            try {
                host.call(h.pluginId(), () -> {
                    h.extension().erase(personId, contexts.forPlugin(h.pluginId()));
                    return null;
                });
                done.add(h.pluginId());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Plugin " + h.pluginId() + " failed to erase person " + personId, e);
                failed.add(h.pluginId());
            }
        }
        int deleted = records.deleteOwnedBy(personId);
        events.deliver(new PersonErased(personId, Instant.now()));
        return new ErasureReport(deleted, done, failed);
    }

    /** @return the plugin's data as JSON, from {@code exportData} or else the 1.1 {@code export}; null for none */
    private static JsonValue exported(PersonalDataHandler handler, long personId, PluginContext context)
            throws Exception {
        Object data = handler.exportData(personId, context);
        if (data != null) {
            return PluginData.toJson(data);
        }
        String text = handler.export(personId, context);
        return text == null || text.isBlank() ? null : parse(text);
    }

    private static JsonValue parse(String data) {
        try {
            return Json.createReader(new StringReader(data)).readValue();
        } catch (JsonParsingException e) {
            return Json.createValue(data);
        }
    }

    private static JsonObjectBuilder json(StoredRecord r) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        new TreeMap<>(r.fields()).forEach(fields::add);
        return Json.createObjectBuilder().add("collection", r.collection()).add("id", r.id())
                .add("createdAt", r.createdAt().toString()).add("updatedAt", r.updatedAt().toString())
                .add("fields", fields);
    }

    private Person person(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new UnknownItemException("error.person.id");
        }
        return person;
    }
}
