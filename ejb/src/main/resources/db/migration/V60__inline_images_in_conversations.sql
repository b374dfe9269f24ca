-- An image pasted into a message belongs to the conversation it is written in: only its readers may see it.
-- Images stored before this column keep null, and with it the rule of the space they were written in (or none).
ALTER TABLE inline_image ADD COLUMN conversation_id BIGINT;
