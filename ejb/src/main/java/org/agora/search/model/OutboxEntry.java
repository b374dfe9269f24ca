package org.agora.search.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change of a searchable item that the index has not taken in yet. */
@Entity
@Table(name = "search_outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_type", nullable = false)
    private String itemType;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    protected OutboxEntry() {
    }

    public OutboxEntry(String itemType, long itemId, Instant queuedAt) {
        if (itemType == null || itemType.isBlank() || itemType.length() > 40) {
            throw new IllegalArgumentException("An item type has 1 to 40 characters: " + itemType);
        }
        this.itemType = itemType;
        this.itemId = itemId;
        this.queuedAt = queuedAt;
    }

    public Long getId() {
        return id;
    }

    public String getItemType() {
        return itemType;
    }

    public long getItemId() {
        return itemId;
    }
}
