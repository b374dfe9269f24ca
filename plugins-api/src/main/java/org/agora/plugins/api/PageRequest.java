package org.agora.plugins.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for a plugin page, as the host received it.
 *
 * <p>The host has already signed the viewer in and, for {@code POST}, checked the CSRF token, so a handler only
 * applies its own rules. When the address carries {@code ?space=ID} the host checks that the viewer may read the
 * space (otherwise it answers 404 without calling the plugin) and gives it as {@link #space()}; likewise
 * {@code ?person=ID} gives {@link #person()}.
 *
 * @param method     {@code GET} or {@code POST}
 * @param path       the path below {@code /m/{plugin-id}}, always starting with {@code /} (the plugin's home is {@code /})
 * @param parameters query and form parameters, each with its values in order
 * @param viewer     the signed-in person
 * @param spaceRef   the space of {@code ?space=ID}, checked by the host, or null (since 1.1.0)
 * @param personRef  the person of {@code ?person=ID}, or null (since 1.1.0)
 * @param files      the files of a {@code multipart/form-data} form, or none (since 1.1.0)
 * @param locale     the viewer's language (since 1.1.0)
 */
public record PageRequest(String method, String path, Map<String, List<String>> parameters, Viewer viewer,
                          SpaceRef spaceRef, PersonRef personRef, List<UploadedFile> files, Locale locale) {

    public PageRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(viewer, "viewer");
        path = path == null || path.isEmpty() ? "/" : path;
        parameters = Map.copyOf(parameters);
        files = files == null ? List.of() : List.copyOf(files);
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** A request without space, person or files, in English: the shape of version 1.0.0. */
    public PageRequest(String method, String path, Map<String, List<String>> parameters, Viewer viewer) {
        this(method, path, parameters, viewer, null, null, List.of(), Locale.ENGLISH);
    }

    /** @return true for a {@code POST} request */
    public boolean isPost() {
        return "POST".equals(method);
    }

    /**
     * @param name a parameter name
     * @return the first value of the parameter, if present
     */
    public Optional<String> parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /**
     * @return the space the page is shown for ({@code ?space=ID}), which the viewer may read
     * @since 1.1.0
     */
    public Optional<SpaceRef> space() {
        return Optional.ofNullable(spaceRef);
    }

    /**
     * @return the person whose profile the page is shown for ({@code ?person=ID})
     * @since 1.1.0
     */
    public Optional<PersonRef> person() {
        return Optional.ofNullable(personRef);
    }

    /**
     * @param field a form field name
     * @return the first file sent in that field
     * @since 1.1.0
     */
    public Optional<UploadedFile> file(String field) {
        return files.stream().filter(f -> f.field().equals(field)).findFirst();
    }
}
