-- Initial schema. Portable SQL: the same file runs on SQLite and PostgreSQL.
-- Timestamps are fixed-width UTC ISO-8601 text (sortable); ids are text UUIDs.
-- *_ci columns hold the application's lower-cased value (Java's full Unicode lower-casing, which
-- SQLite's ASCII-only lower() cannot match), so case-insensitive lookups and uniqueness are plain
-- indexed equality on both databases.

CREATE TABLE scim_user (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_name        VARCHAR(512) NOT NULL,
    user_name_ci     VARCHAR(512) NOT NULL,
    external_id      VARCHAR(512),
    display_name     VARCHAR(512),
    display_name_ci  VARCHAR(512),
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    resource_json    TEXT         NOT NULL,
    version          BIGINT       NOT NULL,
    created          VARCHAR(32)  NOT NULL,
    last_modified    VARCHAR(32)  NOT NULL
);
-- RFC 7643 §4.1.1: userName is unique and case-insensitive; the database enforces it so that
-- concurrent duplicates cannot both win.
CREATE UNIQUE INDEX ux_scim_user_user_name ON scim_user (user_name_ci);
CREATE INDEX ix_scim_user_external_id ON scim_user (external_id);
CREATE INDEX ix_scim_user_display_name ON scim_user (display_name_ci);
CREATE INDEX ix_scim_user_created ON scim_user (created, id);

-- Every other filterable User attribute, one row per leaf value: path is the lower-cased
-- attribute path ("emails.value", "name.familyname", "e:department" for the enterprise
-- extension); item numbers the element of a multi-valued attribute so that a value filter
-- (emails[type eq "work" and value co "x"]) can require both conditions on the same element.
-- A row with a NULL value marks that a complex attribute (or one element of it) is present.
CREATE TABLE scim_user_value (
    user_id     VARCHAR(64)  NOT NULL REFERENCES scim_user (id) ON DELETE CASCADE,
    path        VARCHAR(128) NOT NULL,
    item        INTEGER      NOT NULL,
    value_text  TEXT,
    value_ci    TEXT
);
CREATE INDEX ix_scim_user_value_lookup ON scim_user_value (path, value_ci);
CREATE INDEX ix_scim_user_value_user ON scim_user_value (user_id, path, item);

CREATE TABLE scim_group (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name     VARCHAR(512) NOT NULL,
    display_name_ci  VARCHAR(512) NOT NULL,
    external_id      VARCHAR(512),
    resource_json    TEXT         NOT NULL,
    version          BIGINT       NOT NULL,
    created          VARCHAR(32)  NOT NULL,
    last_modified    VARCHAR(32)  NOT NULL
);
CREATE UNIQUE INDEX ux_scim_group_display_name ON scim_group (display_name_ci);
CREATE INDEX ix_scim_group_external_id ON scim_group (external_id);
CREATE INDEX ix_scim_group_created ON scim_group (created, id);

-- Members are users or groups; member_id is not a foreign key because it may name either.
CREATE TABLE scim_group_member (
    group_id     VARCHAR(64) NOT NULL REFERENCES scim_group (id) ON DELETE CASCADE,
    member_id    VARCHAR(64) NOT NULL,
    member_type  VARCHAR(16) NOT NULL,
    added        VARCHAR(32) NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX ix_scim_group_member_member ON scim_group_member (member_id);

-- One row per SCIM request. Ids are time-ordered text so that ordering by id is ordering by time.
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
    correlation_id    VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_request_log_received_at ON request_log (received_at);
CREATE INDEX ix_request_log_status ON request_log (status);
