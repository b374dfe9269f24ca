-- Who has a live connection open to which server, for the presence shown to others: each server writes its own rows
-- as people connect and leave, refreshes them every minute, and rows that stop being refreshed (a server that
-- stopped) are ignored, then deleted.
CREATE TABLE chat_connection (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    node_id       VARCHAR(36) NOT NULL,
    person_id     BIGINT      NOT NULL,
    last_activity TIMESTAMP   NOT NULL,
    refreshed_at  TIMESTAMP   NOT NULL,
    CONSTRAINT chat_connection_once UNIQUE (node_id, person_id)
);
CREATE INDEX chat_connection_person ON chat_connection (person_id, refreshed_at);
