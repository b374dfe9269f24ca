-- SMALLINT: EclipseLink compares booleans with Derby as numbers
ALTER TABLE post ADD COLUMN pinned SMALLINT NOT NULL DEFAULT 0;
CREATE INDEX post_pinned ON post (space_id, pinned);
