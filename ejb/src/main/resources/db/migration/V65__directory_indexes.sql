-- The people directory at company scale: its count and its list of departments read these indexes alone, where they
-- read every person's row on each page.
CREATE INDEX person_listed ON person (status, email);
CREATE INDEX person_department_status ON person (department, status);
