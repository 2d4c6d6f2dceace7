-- The activity feed: one readable event per SCIM write (and per failed or keepalive request),
-- built when it happens, so names stay readable after later renames and deletes.
-- details and members are newline-separated lines of text.
CREATE TABLE activity (
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    occurred_at    VARCHAR(32)   NOT NULL,
    type           VARCHAR(16)   NOT NULL,
    severity       VARCHAR(16)   NOT NULL,
    action         VARCHAR(32)   NOT NULL,
    resource_id    VARCHAR(128),
    resource_name  VARCHAR(512),
    message        VARCHAR(2048) NOT NULL,
    details        TEXT,
    members        TEXT,
    source         VARCHAR(16)   NOT NULL,
    request_id     VARCHAR(64),
    keepalive      BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_activity_occurred_at ON activity (occurred_at);
CREATE INDEX ix_activity_keepalive ON activity (keepalive, id);
CREATE INDEX ix_activity_type ON activity (type, id);
CREATE INDEX ix_activity_severity ON activity (severity, id);
