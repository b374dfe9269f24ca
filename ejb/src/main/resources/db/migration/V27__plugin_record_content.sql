-- A plugin record may be about one of the plugin's content items: deleted with it, hidden with it.
ALTER TABLE plugin_record ADD COLUMN content_id BIGINT;
CREATE INDEX plugin_record_content ON plugin_record (plugin_id, content_id);
