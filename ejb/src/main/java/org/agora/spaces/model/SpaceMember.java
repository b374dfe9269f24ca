package org.agora.spaces.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.agora.people.model.Person;

/** A person's place in a space: member with a role, or invited, or asking to join. */
@Entity
@Table(name = "space_member")
@IdClass(SpaceMember.Key.class)
public class SpaceMember {

    /** The composite key: space and person. */
    public static class Key implements Serializable {
        private Long spaceId;
        private Long personId;

        public Key() {
        }

        public Key(long spaceId, long personId) {
            this.spaceId = spaceId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(spaceId, k.spaceId) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(spaceId, personId);
        }
    }

    @Id
    @Column(name = "space_id")
    private Long spaceId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", insertable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpaceRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SpaceMember() {
    }

    public SpaceMember(long spaceId, long personId, SpaceRole role, MembershipStatus status, Long invitedBy,
                       Instant now) {
        this.spaceId = spaceId;
        this.personId = personId;
        this.role = role;
        this.status = status;
        this.invitedBy = invitedBy;
        this.createdAt = now;
    }

    public void activate() {
        status = MembershipStatus.ACTIVE;
    }

    public void setRole(SpaceRole newRole) {
        role = newRole;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Person getPerson() {
        return person;
    }

    public SpaceRole getRole() {
        return role;
    }

    public MembershipStatus getStatus() {
        return status;
    }
}
