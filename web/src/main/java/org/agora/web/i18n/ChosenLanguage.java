package org.agora.web.i18n;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mvc.locale.LocaleResolver;
import jakarta.mvc.locale.LocaleResolverContext;
import jakarta.ws.rs.core.Cookie;
import java.util.Locale;
import java.util.Set;

/**
 * The language of the pages: the one the reader chose (kept in a cookie), else the browser's, among those Agora
 * speaks; English when neither fits.
 */
@ApplicationScoped
@Priority(100)
public class ChosenLanguage implements LocaleResolver {

    static final String COOKIE = "agora-lang";
    static final Set<String> SPOKEN = Set.of("en", "fr");

    @Override
    public Locale resolveLocale(LocaleResolverContext context) {
        Cookie chosen = context.getCookie(COOKIE);
        if (chosen != null && SPOKEN.contains(chosen.getValue())) {
            return Locale.forLanguageTag(chosen.getValue());
        }
        return context.getAcceptableLanguages().stream()
                .filter(l -> SPOKEN.contains(l.getLanguage()))
                .findFirst()
                .map(l -> Locale.forLanguageTag(l.getLanguage()))
                .orElse(Locale.ENGLISH);
    }
}
