package org.agora.web.messaging;

import jakarta.websocket.HandshakeResponse;
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
 * the connection is refused), whether the page that opens it is one of Agora's own (the {@code Origin} names the host
 * asked, so that another site cannot open a connection with the person's cookies), and the language of the pages.
 * Each connection gets its own copy of these properties (Jakarta WebSocket 2.1).
 */
public class ChatHandshake extends ServerEndpointConfig.Configurator {

    static final String PERSON = "agora.chat.principal";
    static final String LOCALE = "agora.chat.locale";
    static final String FOREIGN = "agora.chat.foreignOrigin";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, Object> properties = config.getUserProperties();
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            properties.put(PERSON, principal.getName());
        }
        properties.put(LOCALE, locale(request));
        if (!sameOrigin(header(request, "Origin"), header(request, "Host"))) {
            properties.put(FOREIGN, Boolean.TRUE);
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
