-- plugins API 1.2: a record may carry a key unique in its collection (one vote per person and idea); a null key
-- constrains nothing, so every record stored before keeps its place
ALTER TABLE plugin_record ADD COLUMN unique_key VARCHAR(200);
ALTER TABLE plugin_record ADD CONSTRAINT plugin_record_unique_key UNIQUE (plugin_id, collection, unique_key);

-- one row per plugin collection that "create if fewer than" counts in; updating it serialises those creations
CREATE TABLE plugin_record_lock (
    plugin_id  VARCHAR(64) NOT NULL,
    collection VARCHAR(64) NOT NULL,
    taken      BIGINT      NOT NULL,
    PRIMARY KEY (plugin_id, collection)
);
