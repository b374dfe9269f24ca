-- The author of anonymous content items (plugins API 1.3): a system account that cannot sign in (no password), in
-- the reserved domain .invalid, which the directory, the people picker, mentions, people search and counts leave out
-- (Person.LISTED). Anonymous items are stored with it as their author, so that no channel can show who wrote them.
INSERT INTO person (email, name, role, created_at, updated_at, version)
    VALUES ('anonymous@agora.invalid', 'Anonymous', 'MEMBER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
