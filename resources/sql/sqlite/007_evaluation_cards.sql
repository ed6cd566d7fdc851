-- Schema v7 (issue 13): the disability evaluation, the committee's decision and the card.

-- One application and its evaluation. A re-evaluation is a new row, the old one stays as
-- history (supersedes_id). The decision is on this row because every role may read it, the
-- medical and the social parts are in their own tables, read only by their roles.
CREATE TABLE evaluations (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    case_id          TEXT NOT NULL REFERENCES case_files (id),
    kind             TEXT NOT NULL CHECK (kind IN ('first', 'renewal', 'change')),
    applicant        TEXT NOT NULL DEFAULT 'self' CHECK (applicant IN ('self', 'guardian')),
    received_on      TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'open'
                     CHECK (state IN ('open', 'submitted', 'decided')),
    supersedes_id    TEXT REFERENCES evaluations (id),
    eligible         INTEGER CHECK (eligible IN (0, 1)),
    degree           TEXT NOT NULL DEFAULT '',
    disability_types TEXT NOT NULL DEFAULT '',
    decision_date    TEXT,
    decision_ref     TEXT NOT NULL DEFAULT '',
    valid_from       TEXT,
    valid_until      TEXT,
    reasons          TEXT NOT NULL DEFAULT '',
    decided_by       TEXT,
    created_at       TEXT NOT NULL,
    hlc              INTEGER NOT NULL,
    workstation_id   TEXT NOT NULL,
    user_id          TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (state <> 'decided' OR (eligible IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE INDEX evaluations_by_case ON evaluations (case_id, created_at);

-- Impairments by domain with their ICF qualifier 0-4, as JSON {"mobility": 3, ...}.
CREATE TABLE evaluation_medical (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    evaluation_id  TEXT NOT NULL UNIQUE REFERENCES evaluations (id),
    diagnosis      TEXT NOT NULL DEFAULT '',
    icd10          TEXT NOT NULL DEFAULT '',
    impairments    TEXT NOT NULL,
    devices        TEXT NOT NULL DEFAULT '',
    examiner_id    TEXT NOT NULL,
    examined_on    TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    workstation_id TEXT NOT NULL,
    user_id        TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- Activity and participation {"domain": {"performance": q, "capacity": q}}, environmental
-- factors {"factor": "barrier" | "facilitator"}.
CREATE TABLE evaluation_social (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    evaluation_id    TEXT NOT NULL UNIQUE REFERENCES evaluations (id),
    participation    TEXT NOT NULL,
    environment      TEXT NOT NULL DEFAULT '{}',
    living_situation TEXT NOT NULL DEFAULT '',
    rsu_index        REAL,
    worker_id        TEXT NOT NULL,
    assessed_on      TEXT NOT NULL,
    hlc              INTEGER NOT NULL,
    workstation_id   TEXT NOT NULL,
    user_id          TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- A card is never numbered twice: the number comes from a leased block, and this table
-- refuses a second row with the same number whatever the code does.
CREATE TABLE cards (
    id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    case_id         TEXT NOT NULL REFERENCES case_files (id),
    evaluation_id   TEXT NOT NULL REFERENCES evaluations (id),
    number          TEXT NOT NULL UNIQUE,
    ministry_number TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'approved'
                    CHECK (state IN ('approved', 'printed', 'delivered', 'void', 'revoked')),
    copy            INTEGER NOT NULL DEFAULT 0 CHECK (copy >= 0),
    valid_from      TEXT NOT NULL,
    valid_until     TEXT NOT NULL CHECK (valid_until > valid_from),
    receipt         TEXT NOT NULL DEFAULT '' CHECK (receipt IN ('', 'signature', 'thumbprint')),
    delivered_on    TEXT,
    void_reason     TEXT NOT NULL DEFAULT '',
    issued_at       TEXT NOT NULL,
    hlc             INTEGER NOT NULL,
    workstation_id  TEXT NOT NULL,
    user_id         TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX cards_by_case ON cards (case_id);
CREATE INDEX cards_by_state ON cards (state, valid_until);

-- Every print of a card, first or reprint, with its reason: who, when, on which printer.
CREATE TABLE card_print_log (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    card_id        TEXT NOT NULL REFERENCES cards (id),
    copy           INTEGER NOT NULL CHECK (copy >= 1),
    kind           TEXT NOT NULL CHECK (kind IN ('first', 'reprint')),
    reason         TEXT NOT NULL DEFAULT '',
    printer        TEXT NOT NULL,
    printed_at     TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    workstation_id TEXT NOT NULL,
    user_id        TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (card_id, copy),
    CHECK (kind = 'first' OR reason <> '')
);

-- Blocks of card numbers leased to this workstation (by the server once sync exists, until
-- then a local block). Local to the workstation: never synced.
CREATE TABLE card_number_blocks (
    id        TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    prefix    TEXT NOT NULL,
    first_no  INTEGER NOT NULL CHECK (first_no >= 1),
    last_no   INTEGER NOT NULL CHECK (last_no >= first_no),
    next_no   INTEGER NOT NULL,
    source    TEXT NOT NULL CHECK (source IN ('local', 'server')),
    leased_at TEXT NOT NULL,
    CHECK (next_no BETWEEN first_no AND last_no + 1),
    UNIQUE (prefix, first_no)
);

-- The public keys that sign card QR codes: this workstation's and those received. The secret
-- key never enters the database (see CardSigningKey).
CREATE TABLE card_signing_keys (
    key_id         TEXT PRIMARY KEY NOT NULL CHECK (length(key_id) = 8),
    public_key     TEXT NOT NULL UNIQUE CHECK (length(public_key) = 64),
    label          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    revoked        INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    hlc            INTEGER NOT NULL,
    workstation_id TEXT NOT NULL,
    user_id        TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
