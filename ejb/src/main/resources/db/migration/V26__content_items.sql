-- Content items of plugins are posts that name the plugin, its content type, a title and where they are read.
ALTER TABLE post ADD COLUMN plugin_id VARCHAR(64);
ALTER TABLE post ADD COLUMN content_type VARCHAR(40);
ALTER TABLE post ADD COLUMN title VARCHAR(200);
ALTER TABLE post ADD COLUMN link VARCHAR(500);
ALTER TABLE post ADD COLUMN summary VARCHAR(400);
ALTER TABLE post ADD COLUMN searchable SMALLINT NOT NULL DEFAULT 1;
CREATE INDEX post_plugin ON post (plugin_id, content_type, id);
