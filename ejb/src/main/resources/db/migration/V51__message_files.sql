-- Files and images in chat messages are attachments with the same checks as a post's: each belongs to a post or to a
-- message.
ALTER TABLE post_attachment ADD COLUMN message_id BIGINT;
ALTER TABLE post_attachment ALTER COLUMN post_id NULL;
CREATE INDEX post_attachment_message ON post_attachment (message_id, seq_no);
