-- Derby reads an index in one direction only: the feeds, newest first, sorted every matching post before showing 20
-- (17 s for the home feed over 200,000 generated posts). Descending indexes let them stop after a page.
CREATE INDEX post_newest ON post (id DESC);
CREATE INDEX post_space_newest ON post (space_id, id DESC);
CREATE INDEX post_author_newest ON post (author_id, id DESC);
CREATE INDEX post_hashtag_newest ON post_hashtag (tag, post_id DESC);
