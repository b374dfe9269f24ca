-- What employees say about themselves, with who may see each field, and the metadata of their photo.
CREATE TABLE profile (
    person_id             BIGINT       NOT NULL PRIMARY KEY REFERENCES person (id),
    location              VARCHAR(120),
    location_visibility   VARCHAR(10)  NOT NULL,
    phone                 VARCHAR(40),
    phone_visibility      VARCHAR(10)  NOT NULL,
    bio                   VARCHAR(500),
    bio_visibility        VARCHAR(10)  NOT NULL,
    expertise_visibility  VARCHAR(10)  NOT NULL,
    interests_visibility  VARCHAR(10)  NOT NULL,
    links_visibility      VARCHAR(10)  NOT NULL,
    photo_avatar          VARCHAR(80),
    photo_large           VARCHAR(80),
    photo_source_format   VARCHAR(10),
    photo_source_width    INTEGER,
    photo_source_height   INTEGER,
    photo_updated_at      TIMESTAMP,
    updated_at            TIMESTAMP    NOT NULL,
    version               BIGINT       NOT NULL
);

CREATE TABLE profile_expertise (
    person_id BIGINT      NOT NULL REFERENCES profile (person_id) ON DELETE CASCADE,
    seq       INTEGER     NOT NULL,
    label     VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, seq)
);

CREATE TABLE profile_interest (
    person_id BIGINT      NOT NULL REFERENCES profile (person_id) ON DELETE CASCADE,
    seq       INTEGER     NOT NULL,
    label     VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, seq)
);

CREATE TABLE profile_link (
    person_id BIGINT       NOT NULL REFERENCES profile (person_id) ON DELETE CASCADE,
    seq       INTEGER      NOT NULL,
    label     VARCHAR(80)  NOT NULL,
    url       VARCHAR(500) NOT NULL,
    PRIMARY KEY (person_id, seq)
);
