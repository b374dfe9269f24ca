CREATE TABLE setting (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    text_value VARCHAR(500) NOT NULL,
    updated_by BIGINT REFERENCES person (id),
    updated_at TIMESTAMP    NOT NULL
);
