-- A space's own value of a plugin setting declared per space, saved by the space's owners or managers.
CREATE TABLE plugin_space_setting (
    id          VARCHAR(170) NOT NULL PRIMARY KEY,
    plugin_id   VARCHAR(64)  NOT NULL,
    space_id    BIGINT       NOT NULL REFERENCES agora_space (id) ON DELETE CASCADE,
    setting_key VARCHAR(64)  NOT NULL,
    text_value  VARCHAR(500) NOT NULL,
    updated_by  BIGINT REFERENCES person (id),
    updated_at  TIMESTAMP    NOT NULL
);
CREATE INDEX plugin_space_setting_space ON plugin_space_setting (plugin_id, space_id);

-- a plugin's notification written as a message key of its bundle, translated for the reader when listed;
-- message keeps the English text for when the plugin no longer runs
ALTER TABLE notification ADD COLUMN message_key VARCHAR(100);
ALTER TABLE notification ADD COLUMN message_args VARCHAR(8000);
