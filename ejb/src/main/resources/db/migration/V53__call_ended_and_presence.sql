-- A call's notice remembers when its starter ended it; the notice that it ended says how long it lasted.
ALTER TABLE chat_message ADD COLUMN call_ended_at TIMESTAMP;
ALTER TABLE chat_message ADD COLUMN call_seconds INTEGER;

-- The people who chose to show whether they are online to those who share a conversation with them (nobody by default).
CREATE TABLE chat_presence (
    person_id   BIGINT    NOT NULL PRIMARY KEY REFERENCES person (id),
    shown_since TIMESTAMP NOT NULL
);
