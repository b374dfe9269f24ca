package org.agora.settings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/** The time zone a person chose to read dates in. */
@Entity
@Table(name = "person_time_zone")
public class PersonTimeZone {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "zone_id", nullable = false)
    private String zone;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected PersonTimeZone() {
    }

    public PersonTimeZone(long personId, ZoneId zone, Instant now) {
        this.personId = personId;
        choose(zone, now);
    }

    public void choose(ZoneId newZone, Instant now) {
        zone = newZone.getId();
        chosenAt = now;
    }

    public String getZone() {
        return zone;
    }
}
