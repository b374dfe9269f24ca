-- Chat events on their way to the live connections of every server: written in the transaction of the change, read
-- by each server once committed, forgotten after a few minutes (a reconnecting client catches up from the messages).
CREATE TABLE chat_event (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            VARCHAR(16) NOT NULL,
    conversation_id BIGINT      NOT NULL,
    message_id      BIGINT      NOT NULL,
    actor_id        BIGINT      NOT NULL,
    created_at      TIMESTAMP   NOT NULL
);
CREATE INDEX chat_event_created ON chat_event (created_at);
