-- A post keeps how many comments (replies included) and reactions it has, so that the order "top" ranks without
-- counting them over the whole reaction and comment tables on every request (10 s of CPU at 200,000 posts).
-- org.agora.feed.PostCounters recounts them in the transaction of every write and deletion.
ALTER TABLE post ADD COLUMN comment_count INT NOT NULL DEFAULT 0;
ALTER TABLE post ADD COLUMN reaction_count INT NOT NULL DEFAULT 0;
UPDATE post SET comment_count = (SELECT COUNT(*) FROM post_comment c WHERE c.post_id = post.id);
UPDATE post SET reaction_count = (SELECT COUNT(*) FROM reaction r WHERE r.target_type = 'POST'
                                                                  AND r.target_id = post.id);
