package org.agora.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.agora.people.Roles;
import org.agora.people.model.Role;
import org.agora.settings.model.CompanyPosting;
import org.agora.settings.model.Setting;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;

/** The company-wide settings that administrators choose on the admin page. */
@Stateless
public class SettingsService {

    static final String COMPANY_POSTING = "company.posting";

    @Inject
    Roles roles;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** @return who may post on the company-wide feed; everyone until an administrator decides otherwise */
    public CompanyPosting companyPosting() {
        Setting setting = em.find(Setting.class, COMPANY_POSTING);
        return setting == null ? CompanyPosting.EVERYONE : CompanyPosting.valueOf(setting.getValue());
    }

    /** @return true if the person may post on the company-wide feed */
    public boolean mayPostCompanyWide(long personId) {
        Role role = roles.of(personId);
        return role != null && companyPosting().allows(role);
    }

    /**
     * @throws AccessDeniedException unless an administrator asks
     * @throws InvalidInputException for an unknown choice
     */
    public void setCompanyPosting(long adminId, String choice) {
        roles.requireAdmin(adminId, "error.settings.admin");
        CompanyPosting posting;
        try {
            posting = CompanyPosting.valueOf(choice == null ? "" : choice);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("posting", "error.settings.posting");
        }
        change(adminId, COMPANY_POSTING, posting.name());
    }

    /** @return the value of a setting, or null if no administrator chose one */
    public String value(String name) {
        Setting setting = em.find(Setting.class, name);
        return setting == null ? null : setting.getValue();
    }

    /**
     * Sets a setting, checked by its own rule beforehand.
     *
     * @throws AccessDeniedException unless an administrator asks
     */
    public void change(long adminId, String name, String value) {
        roles.requireAdmin(adminId, "error.settings.admin");
        Setting setting = em.find(Setting.class, name);
        if (setting == null) {
            em.persist(new Setting(name, value, adminId, Instant.now()));
        } else {
            setting.change(value, adminId, Instant.now());
        }
    }
}
