-- Schema v2: the tamper-evident audit log (accounts and notes are added by the accounts work).

-- Append-only and hash-chained: each entry's hash covers its fields and the previous hash, so
-- an edited or removed row breaks the chain from that row on (AuditLog::verify).
CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    user_id        TEXT NOT NULL DEFAULT '',
    login          TEXT NOT NULL DEFAULT '',
    workstation_id TEXT NOT NULL DEFAULT '',
    action         TEXT NOT NULL,
    case_id        TEXT NOT NULL DEFAULT '',
    details        TEXT NOT NULL DEFAULT '',
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);
CREATE INDEX audit_log_by_case ON audit_log (case_id, seq) WHERE case_id <> '';
CREATE INDEX audit_log_by_user ON audit_log (user_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
