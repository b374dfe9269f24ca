package org.agora.plugins.api;

import java.util.Map;
import java.util.Objects;

/**
 * What a {@link PageHandler} answers: a view, a redirect, JSON, a file to download, "not found", "bad request" or
 * "forbidden".
 */
public sealed interface PageResult {

    /**
     * A page rendered by the host from a Thymeleaf template inside the plugin jar, placed in Agora's layout.
     *
     * <p>The template is looked up as {@code templates/{template}.html} on the plugin's class path. Besides the
     * model, the template sees {@code viewer} (the {@link Viewer}), {@code base} (the plugin's URL prefix such as
     * {@code /m/wiki}), {@code assets} (the prefix of the plugin's static files, such as {@code /m/wiki/assets})
     * and {@code csrf} with {@code name} and {@code token}, which every form that posts must send as a hidden
     * field. {@code #{key}} expressions read the plugin's message bundle in the viewer's language.
     *
     * <p>Templates are Thymeleaf 3.1 with its Standard dialect, whose expressions are OGNL: call record accessors
     * as methods ({@code ${page.title()}}), and test for null with {@code th:if} ({@code ?.} does not exist). A
     * model value may be null, a key may not. Message bundles ({@code i18n/messages.properties},
     * {@code messages_fr.properties}) are read as UTF-8. Templates may include the host's fragments:
     * {@code ~{agora/forms :: csrf}} (the hidden CSRF field) and {@code ~{agora/people :: picker(name, label,
     * multiple)}} (a person picker, read with {@link People#picked}). The test kit's {@code TestHost.render} renders
     * a view the same way.
     *
     * @param template the template name without folder or suffix
     * @param title    the page title shown in the browser
     * @param model    the variables given to the template
     * @param status   the HTTP status: 200, or a 4xx when the page shows a form again with what was wrong
     */
    record View(String template, String title, Map<String, Object> model, int status) implements PageResult {
        public View {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(title, "title");
            // a null value is allowed (the template reads it as absent, as th:if="${x}" expects); a null key is not
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            model.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "a model key"), value));
            model = java.util.Collections.unmodifiableMap(copy);
            if (status < 200 || status > 499) {
                throw new IllegalArgumentException("a view is sent with a 2xx or 4xx status, not " + status);
            }
        }

        /** A view sent with status 200. */
        public View(String template, String title, Map<String, Object> model) {
            this(template, title, model, 200);
        }
    }

    /**
     * A redirect after a successful {@code POST}.
     *
     * @param location a path relative to the plugin's home (such as {@code /page/onboarding}) or an absolute path
     *                 inside Agora when it starts with {@code ~/} (such as {@code ~/search})
     */
    record Redirect(String location) implements PageResult {
        public Redirect {
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A JSON document, sent as {@code application/json}.
     *
     * @param body the JSON text
     */
    record Json(String body) implements PageResult {
        public Json {
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * Data sent as {@code application/json}, written by the host: a {@code Map} with {@code String} keys, a
     * {@code List}, a {@code String}, a {@code Number}, a {@code Boolean}, a {@code java.time} value (ISO-8601) or
     * null, nested at will. The host escapes everything, so a plugin writes no JSON by hand.
     *
     * <pre>{@code
     * return new PageResult.Data(Map.of("html", preview, "words", 42));
     * }</pre>
     *
     * @param data what to send
     * @since 1.2.0
     */
    record Data(Object data) implements PageResult {
    }

    /**
     * A file the browser downloads (sent as an attachment, never shown inline), such as an export.
     *
     * @param fileName    the name the browser saves it under, without folders
     * @param contentType its media type, such as {@code application/zip}
     * @param content     the bytes
     * @since 1.1.0
     */
    record Download(String fileName, String contentType, byte[] content) implements PageResult {
        public Download {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
                throw new IllegalArgumentException("a download's file name has no folders: " + fileName);
            }
            content = content.clone();
        }

        /** @return a copy of the bytes */
        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * The page does not exist; the host answers 404 with its own page.
     *
     * @param message what the reader is told
     */
    record NotFound(String message) implements PageResult {
    }

    /**
     * The request cannot be served as sent; the host answers 400 and shows the message.
     *
     * @param message what the reader is told
     */
    record BadRequest(String message) implements PageResult {
    }

    /**
     * The viewer may not do this; the host answers 403 with its own page. Use it when
     * {@link PluginContext#permitted(Viewer, String)} says no.
     *
     * @param message what the reader is told
     * @since 1.1.0
     */
    record Forbidden(String message) implements PageResult {
    }

    /** @return a view of {@code template} with {@code model} under {@code title} */
    static PageResult view(String template, String title, Map<String, Object> model) {
        return new View(template, title, model);
    }

    /** @return a redirect to {@code location} */
    static PageResult redirect(String location) {
        return new Redirect(location);
    }

    /** @return a 404 with {@code message} */
    static PageResult notFound(String message) {
        return new NotFound(message);
    }
}
