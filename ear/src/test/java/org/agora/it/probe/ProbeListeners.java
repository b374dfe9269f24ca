package org.agora.it.probe;

import java.time.Duration;
import java.util.Map;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PersonalDataHandler;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.events.ContentRemoved;
import org.agora.plugins.api.events.HostEvent;
import org.agora.plugins.api.events.HostEventListener;
import org.agora.plugins.api.events.MemberJoined;
import org.agora.plugins.api.events.PersonErased;
import org.agora.plugins.api.events.PostPublished;
import org.pf4j.Extension;

/** Writes down every host event, each tick of its task and each erasure, for the tests to read back. */
@Extension
public class ProbeListeners implements HostEventListener, PeriodicTask, PersonalDataHandler {

    @Override
    public void on(HostEvent event, PluginContext context) {
        Map<String, String> fields = switch (event) {
            case PostPublished p -> Map.of("kind", "PostPublished", "a", "" + p.postId(), "b", "" + p.spaceId(),
                    "c", "" + p.authorId());
            case MemberJoined m -> Map.of("kind", "MemberJoined", "a", "" + m.spaceId(), "b", "" + m.personId());
            case PersonErased e -> Map.of("kind", "PersonErased", "a", "" + e.personId());
            case ContentRemoved r -> Map.of("kind", "ContentRemoved", "a", "" + r.contentId(), "b", r.type());
            default -> Map.of("kind", event.getClass().getSimpleName());
        };
        context.records().create("events", fields);
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(10);
    }

    @Override
    public void run(PluginContext context) {
        context.records().create("ticks", Map.of("at", String.valueOf(System.currentTimeMillis())));
    }

    @Override
    public String export(long personId, PluginContext context) {
        return Json.of(Map.of("probeNotes", context.records().count(RecordQuery.in("notes").ownedBy(personId))));
    }

    /** The people whose erasure the probe refuses, as a module whose store is down would. */
    static final String REFUSALS = "refusals";

    /**
     * While true, erasing waits, as a module that erases a lot does: a test stops the server in that moment. Kept in
     * memory only, so that a restarted server erases at once.
     */
    static volatile boolean holdErasures;

    @Override
    public void erase(long personId, PluginContext context) throws InterruptedException {
        while (holdErasures) {
            Thread.sleep(100);
        }
        if (context.records().find(RecordQuery.in(REFUSALS)).stream()
                .anyMatch(r -> String.valueOf(personId).equals(r.fields().get("person")))) {
            throw new IllegalStateException("the probe refuses to erase person " + personId);
        }
        context.records().create("erasures", Map.of("person", String.valueOf(personId)));
    }
}
