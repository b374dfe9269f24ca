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

    public static final String COOKIE = "agora-lang";
    static final Set<String> SPOKEN = Set.of("en", "fr");

    @Override
    public Locale resolveLocale(LocaleResolverContext context) {
        Cookie chosen = context.getCookie(COOKIE);
        return choose(chosen == null ? null : chosen.getValue(), context.getAcceptableLanguages());
    }

    /**
     * @param chosen     the language in the reader's cookie, or null
     * @param acceptable the browser's languages, preferred first
     * @return the language of the pages for this reader
     */
    public static Locale choose(String chosen, java.util.List<Locale> acceptable) {
        if (chosen != null && SPOKEN.contains(chosen)) {
            return Locale.forLanguageTag(chosen);
        }
        return acceptable.stream()
                .filter(l -> SPOKEN.contains(l.getLanguage()))
                .findFirst()
                .map(l -> Locale.forLanguageTag(l.getLanguage()))
                .orElse(Locale.ENGLISH);
    }
}
