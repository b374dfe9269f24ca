-- Indexes that the pages read through at company scale (measured on a generated company of 10,000 employees).
-- a person's posts on their profile, newest first
CREATE INDEX post_author ON post (author_id, id);
-- the people directory, in name order, and its list of departments
CREATE INDEX person_name ON person (name, id);
CREATE INDEX person_department ON person (department);
-- the order "top" reads the home feed's posts since a moment
CREATE INDEX post_created ON post (created_at);
