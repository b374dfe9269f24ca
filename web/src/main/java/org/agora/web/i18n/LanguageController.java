package org.agora.web.i18n;

import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.agora.web.redirects.Redirects;

/** The reader picks the language of Agora; the choice is kept for a year in a cookie. */
@Controller
@Path("language")
public class LanguageController {

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.SecurityContext security;

    @jakarta.inject.Inject
    org.agora.notify.mail.MailSettings mails;

    @POST
    @CsrfProtected
    public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
        String language = ChosenLanguage.SPOKEN.contains(lang) ? lang : "en";
        // a signed-in person's mails follow the language of their pages
        if (security.getUserPrincipal() != null) {
            mails.rememberLanguage(security.getUserPrincipal().getName(), java.util.Locale.forLanguageTag(language));
        }
        NewCookie cookie = new NewCookie.Builder(ChosenLanguage.COOKIE).value(language).path("/")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        // only paths inside Agora, so the form cannot be used to send someone elsewhere
        return Response.seeOther(Redirects.local(back, "/")).cookie(cookie).build();
    }
}
