package org.agora.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.agora.people.Roles;
import org.agora.requests.PerRequest;
import org.agora.settings.model.PersonTimeZone;
import org.agora.settings.model.Setting;
import org.agora.settings.model.TimeZones;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;

/**
 * The time zone each person reads dates in: the one they chose, else the company's, which an administrator chooses
 * (the server's zone, or UTC, until then).
 */
@Stateless
public class TimeZoneService {

    static final String COMPANY_ZONE = "company.zone";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Roles roles;

    @Inject
    PerRequest perRequest;

    /** @return the zone the person reads dates in */
    public ZoneId zoneOf(long personId) {
        return chosen(personId).orElseGet(this::companyZone);
    }

    /** @return the zone the person chose, if they chose one; asked once per request */
    public Optional<ZoneId> chosen(long personId) {
        return perRequest.remember(new PerRequest.Key("chosen time zone", personId), () -> {
            PersonTimeZone chosen = em.find(PersonTimeZone.class, personId);
            return chosen == null ? Optional.<ZoneId>empty() : TimeZones.stored(chosen.getZone());
        });
    }

    /** @return the company's zone, for those who chose none */
    public ZoneId companyZone() {
        return perRequest.remember(new PerRequest.Key("company time zone", 0), () -> {
            Setting setting = em.find(Setting.class, COMPANY_ZONE);
            return TimeZones.stored(setting == null ? null : setting.getValue()).orElseGet(TimeZones::server);
        });
    }

    /**
     * @throws InvalidInputException if the zone is none of {@link TimeZones#choices()}
     */
    public void choose(long personId, String zone) {
        ZoneId chosen = TimeZones.parse(zone);
        PersonTimeZone present = em.find(PersonTimeZone.class, personId);
        if (present == null) {
            em.persist(new PersonTimeZone(personId, chosen, Instant.now()));
        } else {
            present.choose(chosen, Instant.now());
        }
        perRequest.forget();
    }

    /**
     * @throws AccessDeniedException unless an administrator asks
     * @throws InvalidInputException if the zone is none of {@link TimeZones#choices()}
     */
    public void setCompanyZone(long adminId, String zone) {
        roles.requireAdmin(adminId, "error.settings.admin");
        ZoneId chosen = TimeZones.parse(zone);
        Setting setting = em.find(Setting.class, COMPANY_ZONE);
        if (setting == null) {
            em.persist(new Setting(COMPANY_ZONE, chosen.getId(), adminId, Instant.now()));
        } else {
            setting.change(chosen.getId(), adminId, Instant.now());
        }
        perRequest.forget();
    }
}
