-- When each person last opened the home feed, to mark the posts that are new since their previous visit.
CREATE TABLE feed_visit (
    person_id BIGINT    NOT NULL PRIMARY KEY REFERENCES person (id),
    last_seen TIMESTAMP NOT NULL,
    new_since TIMESTAMP
);
