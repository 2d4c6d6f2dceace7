-- The request log moved to a database file of its own (db/requestlog): the old table and its rows
-- (a diagnostic log, bounded by LOG_MAX_ROWS) are dropped rather than copied across files.
DROP TABLE request_log;
