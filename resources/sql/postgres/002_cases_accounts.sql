-- PostgreSQL ladder, version 2: the synced tables of case files and accounts. The search index
-- is derived data kept by each workstation and has no place here.

CREATE TABLE case_files (
    id                  text PRIMARY KEY CHECK (length(id) = 36),
    local_no            bigint NOT NULL UNIQUE,
    dossier_no          text NOT NULL UNIQUE,
    status              text NOT NULL DEFAULT 'active'
                        CHECK (status IN ('active', 'archived', 'deceased')),
    family_name_ar      text NOT NULL DEFAULT '',
    given_name_ar       text NOT NULL DEFAULT '',
    family_name_lat     text NOT NULL DEFAULT '',
    given_name_lat      text NOT NULL DEFAULT '',
    father_name         text NOT NULL DEFAULT '',
    mother_name         text NOT NULL DEFAULT '',
    sex                 text NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date          text,
    birth_year          integer NOT NULL,
    birth_year_only     integer NOT NULL DEFAULT 0 CHECK (birth_year_only IN (0, 1)),
    birth_place         text NOT NULL DEFAULT '',
    cin                 text,
    idcs                text,
    rsu_id              text NOT NULL DEFAULT '',
    rsu_index           double precision,
    rsu_index_date      text,
    amo_regime          text NOT NULL DEFAULT 'none',
    amo_number          text NOT NULL DEFAULT '',
    phone               text NOT NULL DEFAULT '',
    phone2              text NOT NULL DEFAULT '',
    address             text NOT NULL DEFAULT '',
    commune             text NOT NULL DEFAULT '',
    province_code       text NOT NULL DEFAULT '',
    guardian_name       text NOT NULL DEFAULT '',
    guardian_relation   text NOT NULL DEFAULT '',
    guardian_phone      text NOT NULL DEFAULT '',
    guardian_cin        text NOT NULL DEFAULT '',
    disability_types    text NOT NULL DEFAULT '',
    disability_severity text NOT NULL DEFAULT '',
    created_at          text NOT NULL,
    hlc                 bigint NOT NULL,
    workstation_id      text NOT NULL,
    user_id             text,
    deleted             integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX case_files_cin ON case_files (cin) WHERE cin IS NOT NULL;
CREATE UNIQUE INDEX case_files_idcs ON case_files (idcs) WHERE idcs IS NOT NULL;

CREATE TABLE case_photos (
    case_id        text PRIMARY KEY REFERENCES case_files (id),
    jpeg           bytea NOT NULL,
    hlc            bigint NOT NULL,
    workstation_id text NOT NULL,
    user_id        text
);

CREATE TABLE case_documents (
    id             text PRIMARY KEY CHECK (length(id) = 36),
    case_id        text NOT NULL REFERENCES case_files (id),
    doc_type       text NOT NULL,
    title          text NOT NULL DEFAULT '',
    file_name      text NOT NULL,
    original_name  text NOT NULL DEFAULT '',
    mime_type      text NOT NULL DEFAULT '',
    size_bytes     bigint NOT NULL,
    sha256         text NOT NULL,
    document_date  text NOT NULL,
    hlc            bigint NOT NULL,
    workstation_id text NOT NULL,
    user_id        text,
    deleted        integer NOT NULL DEFAULT 0
);
CREATE INDEX case_documents_by_case ON case_documents (case_id);

CREATE TABLE users (
    id                   text PRIMARY KEY CHECK (length(id) = 36),
    login                text NOT NULL,
    name_fr              text NOT NULL DEFAULT '',
    name_ar              text NOT NULL DEFAULT '',
    roles                text NOT NULL,
    active               integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    language             text NOT NULL DEFAULT 'fr' CHECK (language IN ('ar', 'fr')),
    password_hash        text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    must_change_password integer NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_count         integer NOT NULL DEFAULT 0,
    last_failed_at       text,
    created_at           text NOT NULL,
    hlc                  bigint NOT NULL,
    workstation_id       text NOT NULL,
    user_id              text
);
-- "Admin" and "admin" are one account, as on the workstation (COLLATE NOCASE there).
CREATE UNIQUE INDEX users_login ON users (lower(login));

CREATE TABLE case_notes (
    id             text PRIMARY KEY CHECK (length(id) = 36),
    case_id        text NOT NULL REFERENCES case_files (id),
    kind           text NOT NULL CHECK (kind IN ('medical', 'social')),
    category       text NOT NULL DEFAULT '',
    body           text NOT NULL,
    author_id      text NOT NULL,
    created_at     text NOT NULL,
    hlc            bigint NOT NULL,
    workstation_id text NOT NULL,
    user_id        text
);
CREATE INDEX case_notes_by_case ON case_notes (case_id, kind, created_at);
