-- The raw request log, in a database file of its own beside the live one (see RequestLogDatabase):
-- one row per SCIM request with its bodies, so it is written far more often and holds far more
-- bytes than the SCIM data. Kept apart, its writes never wait for (or hold up) the SCIM writer, and
-- backups, restores and start-up checks stay the size of the SCIM data.
-- Ids are time-ordered text so that ordering by id is ordering by time.
CREATE TABLE request_log (
    id                VARCHAR(64)   NOT NULL PRIMARY KEY,
    received_at       VARCHAR(32)   NOT NULL,
    method            VARCHAR(16)   NOT NULL,
    path              VARCHAR(2048) NOT NULL,
    query             VARCHAR(4096),
    status            INTEGER       NOT NULL,
    duration_ms       BIGINT        NOT NULL,
    request_headers   TEXT,
    request_body      TEXT,
    response_headers  TEXT,
    response_body     TEXT,
    truncated         BOOLEAN       NOT NULL DEFAULT FALSE,
    identifier        VARCHAR(512),
    correlation_id    VARCHAR(64)   NOT NULL,
    -- Entra ID's keepalive probes are recognised when they are recorded, so lists can hide them.
    keepalive         BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_request_log_received_at ON request_log (received_at);
CREATE INDEX ix_request_log_status ON request_log (status);
CREATE INDEX ix_request_log_keepalive ON request_log (keepalive, id);
