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

-- Accounts. Passwords only as Argon2id strings from libsodium (crypto_pwhash_str); the login is
-- compared without case so that "Admin" and "admin" are one account.
CREATE TABLE users (
    id                   TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    login                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name_fr              TEXT NOT NULL DEFAULT '',
    name_ar              TEXT NOT NULL DEFAULT '',
    roles                TEXT NOT NULL,            -- comma-separated role codes
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    language             TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('ar', 'fr')),
    password_hash        TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_count         INTEGER NOT NULL DEFAULT 0,
    last_failed_at       TEXT,
    created_at           TEXT NOT NULL,
    hlc                  INTEGER NOT NULL,
    workstation_id       TEXT NOT NULL,
    user_id              TEXT
);

-- Medical notes (doctors) and social notes (social workers) of a case file. Synced, so every
-- write also appends to change_log; readable only through CaseNoteService, which checks roles.
CREATE TABLE case_notes (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    case_id        TEXT NOT NULL REFERENCES case_files (id),
    kind           TEXT NOT NULL CHECK (kind IN ('medical', 'social')),
    category       TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL,
    author_id      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    workstation_id TEXT NOT NULL,
    user_id        TEXT
);
CREATE INDEX case_notes_by_case ON case_notes (case_id, kind, created_at);
