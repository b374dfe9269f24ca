-- A hashtag's page lists and counts the tagged posts the reader may read. Joined with the posts to learn their space,
-- Derby visited every tagged post (8,500 for a common tag of a generated company, seconds per page) or every post.
-- Each tag row now carries its post's space and module (a post never changes space), and an index holds what the
-- page needs, so that the page and its count read the index alone.
ALTER TABLE post_hashtag ADD COLUMN space_id BIGINT;
ALTER TABLE post_hashtag ADD COLUMN plugin_id VARCHAR(64);
UPDATE post_hashtag SET space_id = (SELECT p.space_id FROM post p WHERE p.id = post_hashtag.post_id),
                        plugin_id = (SELECT p.plugin_id FROM post p WHERE p.id = post_hashtag.post_id);
CREATE INDEX post_hashtag_readable ON post_hashtag (tag, post_id DESC, space_id, plugin_id);
