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

    /** failed attempts to take the change in */
    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** not taken in before then, after a failed attempt */
    @Column(name = "retry_at")
    private Instant retryAt;

    /** when it was given up on after its last attempt; null while it is in line */
    @Column(name = "parked_at")
    private Instant parkedAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    private static final int ERROR_LENGTH = 500;

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

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getRetryAt() {
        return retryAt;
    }

    public Instant getParkedAt() {
        return parkedAt;
    }

    public String getLastError() {
        return lastError;
    }

    /** @return true if it was given up on and waits for an administrator */
    public boolean isParked() {
        return parkedAt != null;
    }

    /** @return true if the indexer should take it in at {@code now} */
    public boolean isDue(Instant now) {
        return !isParked() && (retryAt == null || !retryAt.isAfter(now));
    }

    /**
     * Records a failed attempt: the change waits for a pause that grows with each failure, or is parked once it had
     * all its attempts.
     *
     * @return true if this failure parked it
     */
    public boolean failed(String error, Instant now, RetryPolicy policy) {
        if (isParked()) {
            return false;
        }
        attempts++;
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
        if (attempts >= policy.attempts()) {
            parkedAt = now;
            retryAt = null;
            return true;
        }
        retryAt = now.plus(policy.pauseAfter(attempts));
        return false;
    }

    /** Puts a parked change back in line, with all its attempts again, for when its cause is fixed. */
    public void retry() {
        attempts = 0;
        parkedAt = null;
        retryAt = null;
    }
}
