-- SMALLINT: EclipseLink compares booleans with Derby as numbers
ALTER TABLE post ADD COLUMN announcement SMALLINT NOT NULL DEFAULT 0;
CREATE INDEX post_announcement ON post (announcement, id);

CREATE TABLE announcement_read (
    post_id   BIGINT    NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    person_id BIGINT    NOT NULL REFERENCES person (id),
    read_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (post_id, person_id)
);
