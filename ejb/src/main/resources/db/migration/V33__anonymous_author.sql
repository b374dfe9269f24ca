-- The author of anonymous content items (plugins API 1.3): a system account that cannot sign in (no password) and
-- that the directory, the people picker, mentions, people search and counts leave out. Anonymous items are stored
-- with it as their author, so that no channel can show who wrote them.
ALTER TABLE person ADD COLUMN system_account BOOLEAN DEFAULT FALSE NOT NULL;
INSERT INTO person (email, name, role, created_at, updated_at, version, system_account)
    VALUES ('anonymous@agora.invalid', 'Anonymous', 'MEMBER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, TRUE);
