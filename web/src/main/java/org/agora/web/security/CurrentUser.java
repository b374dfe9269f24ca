package org.agora.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.agora.people.AccountService;
import org.agora.people.PersonSummary;
import jakarta.mvc.MvcContext;
import org.agora.plugins.extensions.PluginMenus;
import org.agora.plugins.extensions.PluginMenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.Viewer;

/** The signed-in person and what the page layout shows for them; available to views as {@code current}. */
@Named("current")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    PluginMenus plugins;

    @Inject
    MvcContext mvc;

    private Optional<PersonSummary> person;
    private List<PluginMenuEntry> menu;

    public Optional<PersonSummary> person() {
        if (person == null) {
            Principal principal = security.getCallerPrincipal();
            person = principal == null ? Optional.empty() : accounts.byEmail(principal.getName());
        }
        return person;
    }

    /** @return the signed-in person; only for pages that require sign-in */
    public PersonSummary require() {
        return person().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Sign in first."));
    }

    public boolean isSignedIn() {
        return person().isPresent();
    }

    public boolean isAdmin() {
        return person().map(PersonSummary::isAdmin).orElse(false);
    }

    /** @return the signed-in person's id, for links to their avatar and profile; 0 when nobody is signed in */
    public long getId() {
        return person().map(PersonSummary::id).orElse(0L);
    }

    public String getName() {
        return person().map(PersonSummary::name).orElse("");
    }

    public String getInitials() {
        String[] words = getName().trim().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < words.length && initials.length() < 2; i++) {
            if (!words[i].isEmpty()) {
                initials.appendCodePoint(words[i].codePointAt(0));
            }
        }
        return initials.toString().toUpperCase();
    }

    /** @return the plugin entries of the top navigation */
    public List<PluginMenuEntry> getMenu() {
        if (menu == null) {
            menu = isSignedIn() ? plugins.entries(MenuLocation.TOP_NAVIGATION, viewer(), mvc.getLocale(), "")
                    : List.of();
        }
        return menu;
    }

    /** @return the signed-in person as plugins see them */
    public Viewer viewer() {
        PersonSummary p = require();
        return new Viewer(p.id(), p.name(), p.email(), p.groups());
    }
}
