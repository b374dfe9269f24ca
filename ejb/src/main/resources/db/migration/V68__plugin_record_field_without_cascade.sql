-- Deleting a plugin record cascaded to its fields at the serializable level, with an exclusive lock on the whole
-- fields table until the deleting transaction ended: every module's reads and writes of its records waited meanwhile.
-- The fields are now deleted before their record, row by row; the foreign key stays, without the cascade. Derby
-- drops a constraint only by its name, which the first table left to the database, so the table is made anew.
CREATE TABLE plugin_record_field_v68 (
    record_id  BIGINT      NOT NULL,
    name       VARCHAR(64) NOT NULL,
    text_value CLOB,
    value_key  VARCHAR(200),
    plugin_id  VARCHAR(64),
    collection VARCHAR(64),
    CONSTRAINT plugin_record_field_pk PRIMARY KEY (record_id, name),
    CONSTRAINT plugin_record_field_record FOREIGN KEY (record_id) REFERENCES plugin_record (id)
);
INSERT INTO plugin_record_field_v68 (record_id, name, text_value, value_key, plugin_id, collection)
    SELECT record_id, name, text_value, value_key, plugin_id, collection FROM plugin_record_field;
DROP TABLE plugin_record_field;
RENAME TABLE plugin_record_field_v68 TO plugin_record_field;
CREATE INDEX plugin_record_field_lookup ON plugin_record_field (name, value_key);
CREATE INDEX plugin_record_field_query ON plugin_record_field (plugin_id, collection, name, value_key, record_id);
CREATE INDEX plugin_record_field_query_desc
    ON plugin_record_field (plugin_id, collection, name, value_key DESC, record_id DESC);
