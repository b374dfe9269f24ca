package org.agora.notify.mail.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.agora.notify.model.Notification.Kind;

/** A person's choice of how to hear of one kind of notification by mail. */
@Entity
@Table(name = "notification_delivery")
@IdClass(DeliveryChoice.Key.class)
public class DeliveryChoice {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;

    protected DeliveryChoice() {
    }

    public DeliveryChoice(long personId, Kind kind, Delivery delivery) {
        this.personId = personId;
        this.kind = kind;
        this.delivery = delivery;
    }

    public Kind getKind() {
        return kind;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = Objects.requireNonNull(delivery);
    }

    /** The primary key of a choice. */
    public static class Key implements Serializable {
        private Long personId;
        private Kind kind;

        public Key() {
        }

        public Key(long personId, Kind kind) {
            this.personId = personId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(personId, k.personId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, kind);
        }
    }
}
