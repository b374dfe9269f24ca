-- The installed plugins: the database is the source of truth that every node applies at start and on each call.
-- SMALLINT flags: EclipseLink compares booleans with Derby as numbers.
CREATE TABLE plugin_installation (
    plugin_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    version         VARCHAR(64)  NOT NULL,
    jar_name        VARCHAR(255) NOT NULL,
    jar_sha256      VARCHAR(64)  NOT NULL,
    enabled         SMALLINT     NOT NULL,
    forcing         VARCHAR(8)   NOT NULL,
    failures        INTEGER      NOT NULL,
    disabled_reason VARCHAR(500),
    installed_at    TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP    NOT NULL
);

-- A space owner's choice for one plugin in one space; no row means the plugin is on there when enabled.
CREATE TABLE plugin_space_activation (
    plugin_id  VARCHAR(64) NOT NULL REFERENCES plugin_installation (plugin_id) ON DELETE CASCADE,
    space_id   BIGINT      NOT NULL REFERENCES agora_space (id) ON DELETE CASCADE,
    enabled    SMALLINT    NOT NULL,
    updated_by BIGINT REFERENCES person (id),
    updated_at TIMESTAMP   NOT NULL,
    PRIMARY KEY (plugin_id, space_id)
);

-- The jar of each installed plugin, so that a node whose plugins folder lacks it (a new node, a replaced disk)
-- writes it there before loading it.
CREATE TABLE plugin_jar (
    plugin_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES plugin_installation (plugin_id) ON DELETE CASCADE,
    content   BLOB(200M)  NOT NULL
);
