-- The roles an administrator gave one permission of one plugin, instead of the roles the plugin declares.
-- No row: the declared defaults hold. roles is a comma-separated list, possibly empty (administrators only).
CREATE TABLE plugin_permission_role (
    id             VARCHAR(140) NOT NULL PRIMARY KEY,
    plugin_id      VARCHAR(64)  NOT NULL,
    permission_key VARCHAR(64)  NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    updated_by     BIGINT REFERENCES person (id),
    updated_at     TIMESTAMP    NOT NULL
);
CREATE INDEX plugin_permission_role_plugin ON plugin_permission_role (plugin_id);
