package org.agora.web.messaging;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.web.i18n.ChosenLanguage;

/**
 * Reads what the live connection needs from its opening request, once: who signed in to the HTTP session (nobody:
 * the connection is refused; once that session ends, the connection is closed), whether the page that opens it is one of Agora's own (the {@code Origin} names the host
 * asked, so that another site cannot open a connection with the person's cookies), and the language of the pages.
 * Each connection gets its own copy of these properties (Jakarta WebSocket 2.1).
 */
public class ChatHandshake extends ServerEndpointConfig.Configurator {

    static final String PERSON = "agora.chat.principal";
    static final String LOCALE = "agora.chat.locale";
    static final String FOREIGN = "agora.chat.foreignOrigin";
    static final String HTTP_SESSION = "agora.chat.httpSession";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, Object> properties = config.getUserProperties();
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            properties.put(PERSON, principal.getName());
        }
        properties.put(LOCALE, locale(request));
        if (request.getHttpSession() instanceof HttpSession http) {
            properties.put(HTTP_SESSION, http);
        }
        if (!sameOrigin(header(request, "Origin"), header(request, "Host"))) {
            properties.put(FOREIGN, Boolean.TRUE);
        }
    }

    /**
     * @return false once the HTTP session the connection was opened with has ended, as signing out ends it: the
     *     connection then receives nothing more
     */
    static boolean signedIn(Session session) {
        if (!(session.getUserProperties().get(HTTP_SESSION) instanceof HttpSession http)) {
            return true;
        }
        try {
            http.getCreationTime();
            return true;
        } catch (IllegalStateException ended) {
            return false;
        }
    }

    /**
     * @param origin the page's origin as the browser sent it, or null from programs that are not browsers
     * @return true if there is no origin, or it names the host the request was sent to
     */
    static boolean sameOrigin(String origin, String host) {
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && uri.getHost() != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Locale locale(HandshakeRequest request) {
        String chosen = null;
        String cookies = header(request, "Cookie");
        if (cookies != null) {
            for (String c : cookies.split(";")) {
                String[] pair = c.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equals(ChosenLanguage.COOKIE)) {
                    chosen = pair[1];
                }
            }
        }
        List<Locale> acceptable = List.of();
        String accept = header(request, "Accept-Language");
        if (accept != null) {
            try {
                acceptable = Locale.LanguageRange.parse(accept).stream()
                        .map(r -> Locale.forLanguageTag(r.getRange())).toList();
            } catch (IllegalArgumentException malformed) {
                acceptable = List.of();
            }
        }
        return ChosenLanguage.choose(chosen, acceptable);
    }

    private static String header(HandshakeRequest request, String name) {
        for (Map.Entry<String, List<String>> h : request.getHeaders().entrySet()) {
            if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().getFirst();
            }
        }
        return null;
    }
}
