-- A plugin that keeps failing is suspended for a cool-down and then tried again (a circuit breaker), instead of
-- being switched off until an administrator acts.
ALTER TABLE plugin_installation ADD COLUMN breaker_openings INTEGER NOT NULL DEFAULT 0;
-- when the next trial call may go through; null while the breaker is closed
ALTER TABLE plugin_installation ADD COLUMN retry_at TIMESTAMP;
ALTER TABLE plugin_installation ADD COLUMN last_failure VARCHAR(500);

-- Plugins that Agora itself switched off (an administrator's disable has no reason) come back as suspended
-- plugins whose trial is due at once; the last failure is kept.
UPDATE plugin_installation
SET enabled = 1,
    breaker_openings = 1,
    retry_at = TIMESTAMP('2000-01-01 00:00:00'),
    last_failure = CASE WHEN LOCATE('; the last: ', disabled_reason) > 0
                        THEN SUBSTR(disabled_reason, LOCATE('; the last: ', disabled_reason) + 12)
                        ELSE disabled_reason END
WHERE enabled = 0 AND disabled_reason IS NOT NULL;

ALTER TABLE plugin_installation DROP COLUMN disabled_reason;
