package org.agora.web.forms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.MvcContext;

/**
 * The CSRF token's field for the forms of one page ({@code csrfField} in templates), read from Krazo once per
 * request: each of Krazo's reads looks its helpers up through a {@code ServiceLoader} scan of the application's jars,
 * which cost a third of the home feed's time when each of its dozens of forms read the token again.
 */
@Named("csrfField")
@RequestScoped
public class CsrfField {

    @Inject
    MvcContext mvc;

    private String name;
    private String token;

    /** @return the name of the hidden field */
    public String getName() {
        if (name == null) {
            name = mvc.getCsrf().getName();
        }
        return name;
    }

    /** @return this session's token */
    public String getToken() {
        if (token == null) {
            token = mvc.getCsrf().getToken();
        }
        return token;
    }
}
