-- Notifications of comments, replies and reactions; a comment's notification leads to the comment itself.
ALTER TABLE notification ADD COLUMN comment_id BIGINT;
