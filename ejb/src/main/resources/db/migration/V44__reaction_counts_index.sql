-- A feed page counts the reactions of its 20 posts and of their comments by kind. Derby scanned the whole reaction
-- table for it, twice per page (1,000,000 rows of a generated company: seconds per page): it probes a list of ids
-- only in an index that starts with them, and this one also holds the kind, so the counts come from it alone.
CREATE INDEX reaction_counts ON reaction (target_id, target_type, kind, id);
