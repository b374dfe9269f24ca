-- The privacy notice every employee can read, written by administrators in Markdown; each save is a new version.
CREATE TABLE privacy_notice (
    version     INTEGER      NOT NULL PRIMARY KEY,
    body        CLOB         NOT NULL,
    body_html   CLOB         NOT NULL,
    written_by  VARCHAR(120) NOT NULL,
    written_at  TIMESTAMP    NOT NULL
);
