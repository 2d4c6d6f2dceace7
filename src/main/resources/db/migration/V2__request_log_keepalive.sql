-- Entra ID's keepalive probes are recognised when they are recorded, so lists can hide them in SQL.
ALTER TABLE request_log ADD COLUMN keepalive BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_request_log_keepalive ON request_log (keepalive, id);
