-- Many people writing at once (posts, comments, reactions) each take the next value of a table's identity column.
-- Derby hands these values out in ranges, and with its default of 100 values per range a busy server's inserts
-- sometimes gave up with "too much contention" on the range's catalog row: a 500 on posting, twice in 10 minutes
-- of 50 employees at once. Ranges of 1,000 make that contention ten times rarer; a crash then skips at most the rest
-- of a range, which ids allow.
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.sequence.preallocator', '1000');
