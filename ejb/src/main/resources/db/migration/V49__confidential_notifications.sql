-- A notification only its recipient may ever read (about an anonymous idea they wrote): exports leave out its text
-- and link.
ALTER TABLE notification ADD COLUMN confidential BOOLEAN DEFAULT FALSE NOT NULL;
