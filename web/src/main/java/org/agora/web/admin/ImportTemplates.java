package org.agora.web.admin;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.agora.people.importing.ImportTemplate;
import org.agora.web.i18n.ChosenLanguage;

/**
 * The CSV template of the employee import, with the headers in the reader's language. A resource of its own, because
 * a Krazo controller would take the content for a view name.
 */
@Path("admin/imports/template.csv")
public class ImportTemplates {

    @GET
    public Response template(@CookieParam(ChosenLanguage.COOKIE) String chosen, @Context HttpHeaders headers) {
        Locale locale = ChosenLanguage.choose(chosen, headers.getAcceptableLanguages());
        return Response.ok(ImportTemplate.csv(locale), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ImportTemplate.fileName(locale) + "\"")
                .build();
    }
}
