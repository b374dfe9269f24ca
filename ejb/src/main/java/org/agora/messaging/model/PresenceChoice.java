package org.agora.messaging.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's choice to show whether they are online; without it, nobody sees it. */
@Entity
@Table(name = "chat_presence")
public class PresenceChoice {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "shown_since", nullable = false)
    private Instant shownSince;

    protected PresenceChoice() {
    }

    public PresenceChoice(long personId, Instant now) {
        this.personId = personId;
        this.shownSince = now;
    }

    public Long getPersonId() {
        return personId;
    }
}
