-- The retention job deletes the messages older than the period an administrator chose: it finds them by date.
CREATE INDEX chat_message_created ON chat_message (created_at);
