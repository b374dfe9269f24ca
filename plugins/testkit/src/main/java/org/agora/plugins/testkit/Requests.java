package org.agora.plugins.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.UploadedFile;
import org.agora.plugins.api.Viewer;

/**
 * Builds {@link PageRequest}s for tests, as the host would send them.
 *
 * <pre>{@code
 * Requests.post("/new").as(TestHost.member("Ada")).param("title", "Hello").inSpace(space).build()
 * }</pre>
 */
public final class Requests {

    private final String method;
    private final String path;
    private final Map<String, List<String>> parameters = new LinkedHashMap<>();
    private final List<UploadedFile> files = new ArrayList<>();
    private Viewer viewer = TestHost.member("Test Member");
    private SpaceRef space;
    private PersonRef person;
    private Locale locale = Locale.ENGLISH;

    private Requests(String method, String path) {
        this.method = method;
        this.path = path;
    }

    /** @return a GET of {@code path} below the plugin's prefix */
    public static Requests get(String path) {
        return new Requests("GET", path);
    }

    /** @return a POST of {@code path} below the plugin's prefix; the host would have checked its CSRF token */
    public static Requests post(String path) {
        return new Requests("POST", path);
    }

    /** Sends the request as this person (a member named "Test Member" by default). */
    public Requests as(Viewer who) {
        viewer = who;
        return this;
    }

    /** Adds a query or form parameter value. */
    public Requests param(String name, String value) {
        parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    /** Shows the page for a space, as {@code ?space=ID} does once the host checked the viewer may read it. */
    public Requests inSpace(SpaceRef value) {
        space = value;
        return param("space", String.valueOf(value.id()));
    }

    /** Shows the page for a person's profile, as {@code ?person=ID} does. */
    public Requests forPerson(PersonRef value) {
        person = value;
        return param("person", String.valueOf(value.id()));
    }

    /** Adds an uploaded file. */
    public Requests file(String field, String fileName, String contentType, byte[] content) {
        files.add(new UploadedFile(field, fileName, contentType, content));
        return this;
    }

    /** Sends the request in this language (English by default). */
    public Requests in(Locale value) {
        locale = value;
        return this;
    }

    /** @return the request */
    public PageRequest build() {
        return new PageRequest(method, path, parameters, viewer, space, person, files, locale);
    }
}
