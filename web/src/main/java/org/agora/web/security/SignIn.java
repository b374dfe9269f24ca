package org.agora.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.agora.people.signin.SignInThrottle;

/**
 * Signing in and out through Agora's form: guessing is held back, and each sign-in and sign-out starts a new session.
 *
 * <p>The client address is the one Liberty gives; behind a proxy, configure Liberty's {@code <remoteIp>} so that it
 * is the browser's and not the proxy's.
 */
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    SignInThrottle throttle;

    /** What came of an attempt. */
    public sealed interface Outcome {
    }

    /** Signed in; {@code next} is the page that asked for sign-in, or the feed. */
    public record SignedIn(String next) implements Outcome {
    }

    /** The address or the password is not right. */
    public record Refused() implements Outcome {
    }

    /** Too many failures lately: the password was not even checked. */
    public record HeldBack(Duration retryAfter) implements Outcome {
    }

    public Outcome attempt(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(email, address, Instant.now());
        if (wait.isPresent()) {
            return new HeldBack(wait.get());
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                .withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(email == null ? "" : email,
                        new Password(password == null ? "" : password))));
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            throttle.failed(email, address, Instant.now());
            return new Refused();
        }
        throttle.succeeded(email, address);
        String next = SignInSessions.pageWanted(request).orElse("/");
        SignInSessions.begin(request, response);
        return new SignedIn(next);
    }

    public void signOut(HttpServletRequest request) throws ServletException {
        request.logout();
        SignInSessions.end(request);
    }
}
