package org.agora.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import org.agora.validation.InvalidInputException;

/** Words the services' refusals of bad input in the reader's language, for forms and error pages. */
@RequestScoped
public class ErrorMessages {

    @Inject
    MvcContext mvc;

    /** @return the message of the refusal in the language of the page */
    public String of(InvalidInputException e) {
        return e.message(mvc.getLocale());
    }
}
