package org.agora.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import java.util.Locale;
import org.agora.validation.Refusal;

/** Words the services' refusals (bad input, refused actions, unknown items) in the reader's language. */
@RequestScoped
public class ErrorMessages {

    @Inject
    MvcContext mvc;

    /** @return the message of the refusal in the language of the page, or in English outside a page's request */
    public String of(Refusal e) {
        Locale locale;
        try {
            locale = mvc.getLocale();
        } catch (RuntimeException outsideMvc) {
            locale = Locale.ENGLISH;
        }
        return e.message(locale == null ? Locale.ENGLISH : locale);
    }
}
