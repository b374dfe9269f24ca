package org.agora.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps cookies, sends forms with the CSRF token of the page it last read, and does
 * not follow redirects, so tests see them.
 */
public class AgoraClient {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;
    private String csrf;
    private String language = "en";

    public AgoraClient() {
        this(null, Agora.URL);
    }

    private AgoraClient(InetAddress from, String base) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                // one connection per request in flight, as a browser's tabs have
                .version(HttpClient.Version.HTTP_1_1);
        if (from != null) {
            builder.localAddress(from);
        }
        http = builder.build();
        this.base = from == null ? base : base.replace("//localhost:", "//127.0.0.1:");
    }

    /** @return a new client, signed out, of the same Agora as this one */
    public AgoraClient sameServer() {
        return new AgoraClient(null, base);
    }

    /** @return a client of the Agora at {@code base}, such as {@code http://localhost:29081}, not the shared one */
    public static AgoraClient at(String base) {
        return new AgoraClient(null, base);
    }

    /**
     * A browser on another machine, as Agora sees it: it connects from a loopback address of its own, such as
     * 127.0.0.23 (Linux answers on the whole 127.0.0.0/8).
     */
    public static AgoraClient from(String loopbackAddress) {
        try {
            return new AgoraClient(InetAddress.getByName(loopbackAddress), Agora.URL);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

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

    /** GETs a response that goes on, such as a stream of server-sent events, with extra headers (name, value, ...). */
    public HttpResponse<java.io.InputStream> openStream(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/event-stream")
                .header("Accept-Language", language);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
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

    /** GETs bytes as they travel, with extra request headers (name, value, ...), such as Accept-Encoding. */
    public HttpResponse<byte[]> download(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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

    /** @return the value of the cookie this client would send to Agora under that name */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(uri("/")).stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** @return the address of the Agora this client talks to, such as {@code http://localhost:9081} */
    public String base() {
        return base;
    }

    /** @return the Cookie header this client sends to Agora, for connections it does not open itself (WebSocket) */
    public String cookieHeader() {
        return cookies.getCookieStore().get(uri("/")).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Stores a cookie for Agora as if Agora (or a sibling host) had set it, such as a planted session id. */
    public AgoraClient plantCookie(String name, String value) {
        dropCookie(name);
        HttpCookie cookie = new HttpCookie(name, value);
        // the domain CookieManager gives the cookies Agora sets, so that this one replaces them
        String host = uri("/").getHost();
        cookie.setDomain(host.contains(".") ? host : host + ".local");
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
        return this;
    }

    /** Forgets the cookies of that name, as a browser does when they expire. */
    public AgoraClient dropCookie(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
        return this;
    }

    /** POSTs a form with the CSRF token of the last page read and answers the whole response, headers included. */
    public HttpResponse<String> postWithHeaders(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        all.putAll(fields);
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        try {
            return http.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept-Language", language)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
