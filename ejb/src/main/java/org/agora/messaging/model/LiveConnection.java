package org.agora.messaging.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a person has at least one live connection open to a server, and when they last did something through it. */
@Entity
@Table(name = "chat_connection")
public class LiveConnection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "node_id", nullable = false)
    private String nodeId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "last_activity", nullable = false)
    private Instant lastActivity;

    @Column(name = "refreshed_at", nullable = false)
    private Instant refreshedAt;

    protected LiveConnection() {
    }

    public LiveConnection(String nodeId, long personId, Instant lastActivity, Instant now) {
        this.nodeId = nodeId;
        this.personId = personId;
        this.lastActivity = lastActivity;
        this.refreshedAt = now;
    }

    /** The server still has the person connected, last active then. */
    public void refresh(Instant activity, Instant now) {
        this.lastActivity = activity;
        this.refreshedAt = now;
    }

    public String getNodeId() {
        return nodeId;
    }

    public long getPersonId() {
        return personId;
    }
}
