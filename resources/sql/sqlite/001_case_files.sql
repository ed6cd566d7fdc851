-- Schema v1: workstation settings, the change log for sync, case files, their photos and
-- documents, and the search index. Shipped migrations are never edited.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Every write to a synced table appends here in the same transaction (see ChangeLog).
CREATE TABLE change_log (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id      TEXT NOT NULL UNIQUE,
    table_name     TEXT NOT NULL,
    row_id         TEXT NOT NULL,
    operation      TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    changed_fields TEXT NOT NULL CHECK (json_valid(changed_fields)),
    base_hlc       INTEGER,
    hlc            INTEGER NOT NULL,
    workstation_id TEXT NOT NULL,
    user_id        TEXT
);
CREATE INDEX change_log_by_row ON change_log (table_name, row_id, seq);

CREATE TABLE case_files (
    id                  TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    -- Local surrogate that keys the FTS index; never synced (VACUUM may renumber plain rowids).
    local_no            INTEGER NOT NULL UNIQUE,
    dossier_no          TEXT NOT NULL UNIQUE,
    status              TEXT NOT NULL DEFAULT 'active'
                        CHECK (status IN ('active', 'archived', 'deceased')),
    family_name_ar      TEXT NOT NULL DEFAULT '',
    given_name_ar       TEXT NOT NULL DEFAULT '',
    family_name_lat     TEXT NOT NULL DEFAULT '',
    given_name_lat      TEXT NOT NULL DEFAULT '',
    father_name         TEXT NOT NULL DEFAULT '',
    mother_name         TEXT NOT NULL DEFAULT '',
    sex                 TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date          TEXT,
    birth_year          INTEGER NOT NULL,
    birth_year_only     INTEGER NOT NULL DEFAULT 0 CHECK (birth_year_only IN (0, 1)),
    birth_place         TEXT NOT NULL DEFAULT '',
    cin                 TEXT,
    idcs                TEXT,
    rsu_id              TEXT NOT NULL DEFAULT '',
    rsu_index           REAL,
    rsu_index_date      TEXT,
    amo_regime          TEXT NOT NULL DEFAULT 'none',
    amo_number          TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    phone2              TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    commune             TEXT NOT NULL DEFAULT '',
    province_code       TEXT NOT NULL DEFAULT '',
    guardian_name       TEXT NOT NULL DEFAULT '',
    guardian_relation   TEXT NOT NULL DEFAULT '',
    guardian_phone      TEXT NOT NULL DEFAULT '',
    guardian_cin        TEXT NOT NULL DEFAULT '',
    disability_types    TEXT NOT NULL DEFAULT '',
    disability_severity TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    hlc                 INTEGER NOT NULL,
    workstation_id      TEXT NOT NULL,
    user_id             TEXT,
    deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX case_files_cin ON case_files (cin) WHERE cin IS NOT NULL;
CREATE UNIQUE INDEX case_files_idcs ON case_files (idcs) WHERE idcs IS NOT NULL;
CREATE INDEX case_files_phone ON case_files (phone) WHERE phone <> '';
CREATE INDEX case_files_phone2 ON case_files (phone2) WHERE phone2 <> '';
CREATE INDEX case_files_guardian_phone ON case_files (guardian_phone) WHERE guardian_phone <> '';
CREATE INDEX case_files_birth_year ON case_files (birth_year);

CREATE TABLE case_photos (
    case_id        TEXT PRIMARY KEY NOT NULL REFERENCES case_files (id),
    jpeg           BLOB NOT NULL,
    hlc            INTEGER NOT NULL,
    workstation_id TEXT NOT NULL,
    user_id        TEXT
);

CREATE TABLE case_documents (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    case_id        TEXT NOT NULL REFERENCES case_files (id),
    doc_type       TEXT NOT NULL,
    title          TEXT NOT NULL DEFAULT '',
    file_name      TEXT NOT NULL,
    original_name  TEXT NOT NULL DEFAULT '',
    mime_type      TEXT NOT NULL DEFAULT '',
    size_bytes     INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    document_date  TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    workstation_id TEXT NOT NULL,
    user_id        TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_documents_by_case ON case_documents (case_id);

-- Search: names normalised in both scripts plus phonetic keys (see NameNormalizer, PhoneticKey).
-- rowid = case_files.local_no.
CREATE VIRTUAL TABLE case_search USING fts5 (
    names, phonetic,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3 4'
);
