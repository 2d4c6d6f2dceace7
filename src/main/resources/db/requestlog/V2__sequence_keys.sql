-- V1 keyed rows by time-ordered text ids, with four B-trees and the bodies inline: at a few thousand
-- requests a second with 100,000 rows kept, appends and pruning cost more than the SCIM reads they
-- record. The log is diagnostic and local (never backed up), so its rows are dropped rather than
-- converted, as V4 of the live database did when the log moved here.
DROP TABLE request_log;

-- Built to be written and pruned cheaply at thousands of rows a second:
-- * seq is the row id (INTEGER PRIMARY KEY, SQLite's rowid): time-ordered (epoch microseconds
--   x 256 plus a counter, assigned by the writer), so the table is its own time index and both
--   retention and since-filters are range operations on it;
-- * the bodies live in a table of their own, so lists, counts and filters read small rows and
--   retention deletes two ranges; and only failed requests are indexed by status.
CREATE TABLE request_log (
    seq             INTEGER       PRIMARY KEY,
    received_at     VARCHAR(32)   NOT NULL,
    method          VARCHAR(16)   NOT NULL,
    status          INTEGER       NOT NULL,
    duration_ms     BIGINT        NOT NULL,
    -- Entra ID's keepalive probes are recognised when they are recorded, so lists can hide them.
    keepalive       BOOLEAN       NOT NULL DEFAULT FALSE,
    truncated       BOOLEAN       NOT NULL DEFAULT FALSE,
    correlation_id  VARCHAR(64)   NOT NULL,
    identifier      VARCHAR(512),
    path            VARCHAR(2048) NOT NULL,
    query           VARCHAR(4096)
);
CREATE INDEX ix_request_log_failed ON request_log (status) WHERE status >= 400;

CREATE TABLE request_log_body (
    seq               INTEGER PRIMARY KEY,
    request_headers   TEXT,
    request_body      TEXT,
    response_headers  TEXT,
    response_body     TEXT
);
