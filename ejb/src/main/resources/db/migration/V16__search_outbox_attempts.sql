-- A change whose item cannot be loaded or indexed no longer holds up the others: it is tried again after pauses that
-- grow with each failed attempt, then parked (kept, shown to administrators, who can put it back in line).
ALTER TABLE search_outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE search_outbox ADD COLUMN retry_at TIMESTAMP;
ALTER TABLE search_outbox ADD COLUMN parked_at TIMESTAMP;
ALTER TABLE search_outbox ADD COLUMN last_error VARCHAR(500);
CREATE INDEX search_outbox_due ON search_outbox (parked_at, retry_at);
