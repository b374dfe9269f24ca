-- Every message sent reads who muted its conversation: by target, not by person. Without this index each message
-- scanned every mute of the company, and waited on any mute that an erasure was deleting at that moment.
CREATE INDEX notification_mute_target ON notification_mute (target_kind, target_id);
