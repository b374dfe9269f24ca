package org.agora.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agora.web.errors.MalformedFormException;

/**
 * Checks the CSRF token of a multipart form. Krazo reads tokens from url-encoded forms and headers only, so upload
 * controllers take the {@code _csrf} part (or the whole form) and call this first.
 */
@RequestScoped
public class MultipartCsrf {

    /** The name of the form field that carries the token. */
    public static final String TOKEN = SessionCsrfTokens.FIELD;

    @Inject
    MvcContext mvc;

    /**
     * Checks the {@code _csrf} part of a whole multipart form, for the upload methods that take the form as a list
     * of parts (the one way to receive several files under one field).
     *
     * @throws CsrfValidationException (answered with 403) if the token is missing or wrong
     * @throws MalformedFormException (answered with 400) if a part has no name, so is no field of a form
     */
    public void check(List<EntityPart> form) {
        if (form != null && form.stream().anyMatch(p -> p.getName() == null)) {
            throw new MalformedFormException("A part of the form has no name.");
        }
        check(form == null ? null : form.stream().filter(p -> TOKEN.equals(p.getName())).findFirst()
                .map(MultipartCsrf::text).orElse(null));
    }

    private static String text(EntityPart part) {
        try (InputStream in = part.getContent()) {
            // a token is 64 characters or so: a longer part is no token
            return new String(in.readNBytes(1024), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws CsrfValidationException (answered with 403) if the token is missing or wrong */
    public void check(String token) {
        if (token == null || !token.equals(mvc.getCsrf().getToken())) {
            throw new CsrfValidationException("The form has expired; reload the page and try again.");
        }
    }
}
