-- What a person has muted: no notification about a muted post, or about any post of a muted space.
CREATE TABLE notification_mute (
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    target_kind VARCHAR(10) NOT NULL,
    target_id   BIGINT      NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    PRIMARY KEY (person_id, target_kind, target_id)
);
