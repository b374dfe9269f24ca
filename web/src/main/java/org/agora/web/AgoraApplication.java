package org.agora.web;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.agora.web.security.SessionCsrfTokens;
import org.eclipse.krazo.Properties;

/** The Jakarta MVC application: every page of Agora is served from here. */
@ApplicationPath("/")
public class AgoraApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Controllers opt in with @CsrfProtected; a test checks that every POST does, or checks the token itself.
        return Map.of(Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.EXPLICIT,
                Properties.CSRF_TOKEN_STRATEGY, new SessionCsrfTokens());
    }
}
