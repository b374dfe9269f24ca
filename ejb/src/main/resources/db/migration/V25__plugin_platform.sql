-- plugins-api 1.1: record owners (GDPR), indexed queries, plugin settings, plugin notifications

-- a record may belong to a person, whom GDPR export and erasure reach
ALTER TABLE plugin_record ADD COLUMN owner_id BIGINT;
CREATE INDEX plugin_record_owner ON plugin_record (owner_id);
-- "newest first" pages of a collection, read in index order
CREATE INDEX plugin_record_newest ON plugin_record (plugin_id, collection, id DESC);

-- the plugin and collection repeated on each field, so that one index answers
-- "field = value in this collection" and "this collection ordered by field" without reading the collection
ALTER TABLE plugin_record_field ADD COLUMN plugin_id VARCHAR(64);
ALTER TABLE plugin_record_field ADD COLUMN collection VARCHAR(64);
UPDATE plugin_record_field SET
    plugin_id = (SELECT r.plugin_id FROM plugin_record r WHERE r.id = plugin_record_field.record_id),
    collection = (SELECT r.collection FROM plugin_record r WHERE r.id = plugin_record_field.record_id);
CREATE INDEX plugin_record_field_query ON plugin_record_field (plugin_id, collection, name, value_key, record_id);
-- the same for descending orders, which Derby does not read backwards from the first index
CREATE INDEX plugin_record_field_query_desc
    ON plugin_record_field (plugin_id, collection, name, value_key DESC, record_id DESC);

-- company-wide settings of each plugin, saved by administrators
CREATE TABLE plugin_setting (
    id          VARCHAR(140) NOT NULL PRIMARY KEY,
    plugin_id   VARCHAR(64)  NOT NULL,
    setting_key VARCHAR(64)  NOT NULL,
    text_value  VARCHAR(500) NOT NULL,
    updated_by  BIGINT REFERENCES person (id),
    updated_at  TIMESTAMP    NOT NULL
);
CREATE INDEX plugin_setting_plugin ON plugin_setting (plugin_id);

-- notifications sent by plugins: no post and no actor, a text and a link instead
ALTER TABLE notification ALTER COLUMN post_id NULL;
ALTER TABLE notification ALTER COLUMN actor_id NULL;
ALTER TABLE notification ADD COLUMN plugin_id VARCHAR(64);
ALTER TABLE notification ADD COLUMN message VARCHAR(300);
ALTER TABLE notification ADD COLUMN link VARCHAR(500);
