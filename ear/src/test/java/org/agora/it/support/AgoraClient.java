package org.agora.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps cookies, sends forms with the CSRF token of the page it last read, and does
 * not follow redirects, so tests see them.
 */
public class AgoraClient {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            // one connection per request in flight, as a browser's tabs have
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private String csrf;
    private String language = "en";

    /** Sends {@code Accept-Language: tag} from now on, as a browser set to that language does. */
    public AgoraClient acceptLanguage(String tag) {
        language = tag;
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GETs the page, following redirects inside Agora. */
    public Page open(String path) {
        Page page = get(path);
        for (int i = 0; i < 5 && page.location() != null && page.status() / 100 == 3; i++) {
            page = get(page.location());
        }
        return page;
    }

    /** POSTs a form with the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        all.putAll(fields);
        return postRaw(path, all);
    }

    /** POSTs exactly these fields, without adding a CSRF token. */
    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POSTs a multipart form with one CSV file and the given fields (add "_csrf" yourself). */
    public Page postFile(String path, Map<String, String> fields, String field, String fileName, byte[] content) {
        return postFile(path, fields, field, fileName, "text/csv", content);
    }

    /** POSTs a multipart form with one file of the given type and the given fields (add "_csrf" yourself). */
    public Page postFile(String path, Map<String, String> fields, String field, String fileName, String type,
                         byte[] content) {
        return postFiles(path, fields, List.of(new FilePart(field, fileName, type, content)));
    }

    /** A file of a multipart form. */
    public record FilePart(String field, String fileName, String type, byte[] content) {
    }

    /** POSTs a multipart form with the given fields and files (add "_csrf" yourself). */
    public Page postFiles(String path, Map<String, String> fields, List<FilePart> files) {
        String boundary = "----agora" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (var e : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
                        + "\"\r\n\r\n" + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (FilePart f : files) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field()
                        + "\"; filename=\"" + f.fileName() + "\"\r\nContent-Type: " + f.type() + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(f.content());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** GETs with extra request headers (name, value, ...) and answers the whole response, headers included. */
    public HttpResponse<String> getWithHeaders(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs the body exactly as given under this content type, for malformed requests, with the whole response. */
    public HttpResponse<String> postBody(String path, String contentType, byte[] body) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                    .header("Accept-Language", language).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs bytes, such as a file, with the response's headers. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String csrf() {
        return csrf;
    }

    /** Signs in through the sign-in form. */
    public Page signIn(String email, String password) {
        get("/login");
        return post("/login", Map.of("email", email, "password", password));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60))
                            .header("Accept-Language", language).build(),
                    HttpResponse.BodyHandlers.ofString());
            Page page = new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").map(this::relative).orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
            page.csrf().ifPresent(token -> csrf = token);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String relative(String location) {
        return location.startsWith(Agora.URL) ? location.substring(Agora.URL.length()) : location;
    }

    private static URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : Agora.URL + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
