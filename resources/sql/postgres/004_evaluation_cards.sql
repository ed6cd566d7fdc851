-- PostgreSQL ladder, version 4 (issue 13): the disability evaluation, the committee's decision
-- and the card.

-- One application and its evaluation. A re-evaluation is a new row, the old one stays as
-- history (supersedes_id). The decision is on this row because every role may read it, the
-- medical and the social parts are in their own tables, read only by their roles.
CREATE TABLE evaluations (
    id               text PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    case_id          text NOT NULL REFERENCES case_files (id),
    kind             text NOT NULL CHECK (kind IN ('first', 'renewal', 'change')),
    applicant        text NOT NULL DEFAULT 'self' CHECK (applicant IN ('self', 'guardian')),
    received_on      text NOT NULL,
    state            text NOT NULL DEFAULT 'open'
                     CHECK (state IN ('open', 'submitted', 'decided')),
    supersedes_id    text REFERENCES evaluations (id),
    eligible         integer CHECK (eligible IN (0, 1)),
    degree           text NOT NULL DEFAULT '',
    disability_types text NOT NULL DEFAULT '',
    decision_date    text,
    decision_ref     text NOT NULL DEFAULT '',
    valid_from       text,
    valid_until      text,
    reasons          text NOT NULL DEFAULT '',
    decided_by       text,
    created_at       text NOT NULL,
    hlc              bigint NOT NULL,
    workstation_id   text NOT NULL,
    user_id          text,
    deleted          integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (state <> 'decided' OR (eligible IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE INDEX evaluations_by_case ON evaluations (case_id, created_at);

-- Impairments by domain with their ICF qualifier 0-4, as JSON {"mobility": 3, ...}.
CREATE TABLE evaluation_medical (
    id             text PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    evaluation_id  text NOT NULL UNIQUE REFERENCES evaluations (id),
    diagnosis      text NOT NULL DEFAULT '',
    icd10          text NOT NULL DEFAULT '',
    impairments    text NOT NULL,
    devices        text NOT NULL DEFAULT '',
    examiner_id    text NOT NULL,
    examined_on    text NOT NULL,
    hlc            bigint NOT NULL,
    workstation_id text NOT NULL,
    user_id        text,
    deleted        integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- Activity and participation {"domain": {"performance": q, "capacity": q}}, environmental
-- factors {"factor": "barrier" | "facilitator"}.
CREATE TABLE evaluation_social (
    id               text PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    evaluation_id    text NOT NULL UNIQUE REFERENCES evaluations (id),
    participation    text NOT NULL,
    environment      text NOT NULL DEFAULT '{}',
    living_situation text NOT NULL DEFAULT '',
    rsu_index        double precision,
    worker_id        text NOT NULL,
    assessed_on      text NOT NULL,
    hlc              bigint NOT NULL,
    workstation_id   text NOT NULL,
    user_id          text,
    deleted          integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- A card is never numbered twice: the number comes from a leased block, and this table
-- refuses a second row with the same number whatever the code does.
CREATE TABLE cards (
    id              text PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    case_id         text NOT NULL REFERENCES case_files (id),
    evaluation_id   text NOT NULL REFERENCES evaluations (id),
    number          text NOT NULL UNIQUE,
    ministry_number text NOT NULL DEFAULT '',
    state           text NOT NULL DEFAULT 'approved'
                    CHECK (state IN ('approved', 'printed', 'delivered', 'void', 'revoked')),
    copy            integer NOT NULL DEFAULT 0 CHECK (copy >= 0),
    valid_from      text NOT NULL,
    valid_until     text NOT NULL CHECK (valid_until > valid_from),
    receipt         text NOT NULL DEFAULT '' CHECK (receipt IN ('', 'signature', 'thumbprint')),
    delivered_on    text,
    void_reason     text NOT NULL DEFAULT '',
    issued_at       text NOT NULL,
    hlc             bigint NOT NULL,
    workstation_id  text NOT NULL,
    user_id         text,
    deleted         integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX cards_by_case ON cards (case_id);
CREATE INDEX cards_by_state ON cards (state, valid_until);

-- Every print of a card, first or reprint, with its reason: who, when, on which printer.
CREATE TABLE card_print_log (
    id             text PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    card_id        text NOT NULL REFERENCES cards (id),
    copy           integer NOT NULL CHECK (copy >= 1),
    kind           text NOT NULL CHECK (kind IN ('first', 'reprint')),
    reason         text NOT NULL DEFAULT '',
    printer        text NOT NULL,
    printed_at     text NOT NULL,
    hlc            bigint NOT NULL,
    workstation_id text NOT NULL,
    user_id        text,
    deleted        integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (card_id, copy),
    CHECK (kind = 'first' OR reason <> '')
);

-- Blocks of card numbers leased to this workstation (by the server once sync exists, until
-- then a local block). Local to the workstation: never synced.
CREATE TABLE card_number_blocks (
    id        text PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    prefix    text NOT NULL,
    first_no  integer NOT NULL CHECK (first_no >= 1),
    last_no   integer NOT NULL CHECK (last_no >= first_no),
    next_no   integer NOT NULL,
    source    text NOT NULL CHECK (source IN ('local', 'server')),
    leased_at text NOT NULL,
    CHECK (next_no BETWEEN first_no AND last_no + 1),
    UNIQUE (prefix, first_no)
);

-- The public keys that sign card QR codes: this workstation's and those received. The secret
-- key never enters the database (see CardSigningKey).
CREATE TABLE card_signing_keys (
    key_id         text PRIMARY KEY NOT NULL CHECK (length(key_id) = 8),
    public_key     text NOT NULL UNIQUE CHECK (length(public_key) = 64),
    label          text NOT NULL DEFAULT '',
    created_at     text NOT NULL,
    revoked        integer NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    hlc            bigint NOT NULL,
    workstation_id text NOT NULL,
    user_id        text,
    deleted        integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
