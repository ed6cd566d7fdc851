-- Schema v6: appointments. Reference data (practitioners, rooms, working hours, absences,
-- closing days, services) and bookings, all synced: UUID ids, hlc, workstation, user and a
-- tombstone. Times are the centre's wall-clock times (Africa/Casablanca) written
-- 'YYYY-MM-DDTHH:MM': an appointment at 10:00 stays at 10:00 when the UTC offset changes
-- around Ramadan, and the text sorts and compares in time order.

CREATE TABLE practitioners (
    id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    name_fr         TEXT NOT NULL DEFAULT '',
    name_ar         TEXT NOT NULL DEFAULT '',
    profession      TEXT NOT NULL,
    specialty       TEXT NOT NULL DEFAULT '',
    user_account_id TEXT REFERENCES users (id),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    hlc             INTEGER NOT NULL,
    workstation_id  TEXT NOT NULL,
    user_id         TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX practitioners_by_profession ON practitioners (profession, specialty);

CREATE TABLE rooms (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    name           TEXT NOT NULL,
    accessible     INTEGER NOT NULL DEFAULT 0 CHECK (accessible IN (0, 1)),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    hlc            INTEGER NOT NULL,
    workstation_id TEXT NOT NULL,
    user_id        TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- One period of one weekday (1 = Monday); valid_from/valid_to bound seasonal hours (Ramadan).
CREATE TABLE working_hours (
    id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    practitioner_id TEXT NOT NULL REFERENCES practitioners (id),
    weekday         INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time      TEXT NOT NULL,
    end_time        TEXT NOT NULL CHECK (end_time > start_time),
    valid_from      TEXT,
    valid_to        TEXT,
    hlc             INTEGER NOT NULL,
    workstation_id  TEXT NOT NULL,
    user_id         TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX working_hours_by_practitioner ON working_hours (practitioner_id);

CREATE TABLE absences (
    id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    practitioner_id TEXT NOT NULL REFERENCES practitioners (id),
    from_date       TEXT NOT NULL,
    to_date         TEXT NOT NULL CHECK (to_date >= from_date),
    reason          TEXT NOT NULL DEFAULT '',
    hlc             INTEGER NOT NULL,
    workstation_id  TEXT NOT NULL,
    user_id         TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX absences_by_practitioner ON absences (practitioner_id, from_date);

-- Closing days entered by the administrator (the religious holidays, whose dates move); the
-- fixed national holidays are reference data in the code (NationalHolidays).
CREATE TABLE closing_days (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    from_date      TEXT NOT NULL,
    to_date        TEXT NOT NULL CHECK (to_date >= from_date),
    reason         TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    workstation_id TEXT NOT NULL,
    user_id        TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- needs: JSON array of "profession[:specialty]"; a sequence takes them in order, one after
-- the other, at most max_gap_minutes apart.
CREATE TABLE services (
    id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    code            TEXT NOT NULL,
    name_fr         TEXT NOT NULL DEFAULT '',
    name_ar         TEXT NOT NULL DEFAULT '',
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    needs           TEXT NOT NULL CHECK (json_valid(needs)),
    room_need       TEXT NOT NULL DEFAULT 'none' CHECK (room_need IN ('none', 'any', 'accessible')),
    sequence        INTEGER NOT NULL DEFAULT 0 CHECK (sequence IN (0, 1)),
    max_gap_minutes INTEGER NOT NULL DEFAULT 0,
    hlc             INTEGER NOT NULL,
    workstation_id  TEXT NOT NULL,
    user_id         TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX services_code ON services (code) WHERE deleted = 0;

-- One visit of one beneficiary; its parts say who and which room, when.
CREATE TABLE appointments (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    case_id          TEXT NOT NULL REFERENCES case_files (id),
    service_id       TEXT REFERENCES services (id),
    kind             TEXT NOT NULL CHECK (kind IN ('single', 'joint', 'sequence', 'walk_in')),
    status           TEXT NOT NULL DEFAULT 'scheduled'
                     CHECK (status IN ('scheduled', 'arrived', 'in_consultation', 'done',
                                       'cancelled', 'no_show', 'rescheduled')),
    day              TEXT NOT NULL,
    start_at         TEXT NOT NULL,
    end_at           TEXT NOT NULL CHECK (end_at > start_at),
    cancel_reason    TEXT NOT NULL DEFAULT '',
    cancelled_by     TEXT NOT NULL DEFAULT '' CHECK (cancelled_by IN ('', 'person', 'centre')),
    rescheduled_from TEXT REFERENCES appointments (id),
    -- The occurrences of a recurring series share it (the first occurrence's id).
    series_id        TEXT,
    arrived_at       TEXT,
    started_at       TEXT,
    done_at          TEXT,
    created_at       TEXT NOT NULL,
    hlc              INTEGER NOT NULL,
    workstation_id   TEXT NOT NULL,
    user_id          TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX appointments_by_day ON appointments (day, start_at);
CREATE INDEX appointments_by_case ON appointments (case_id, start_at);
CREATE INDEX appointments_by_series ON appointments (series_id, start_at) WHERE series_id IS NOT NULL;

-- One resource (a practitioner or a room) held by an appointment from start_at to end_at.
CREATE TABLE appointment_parts (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    resource_kind  TEXT NOT NULL CHECK (resource_kind IN ('practitioner', 'room')),
    resource_id    TEXT NOT NULL,
    position       INTEGER NOT NULL DEFAULT 0,
    day            TEXT NOT NULL,
    start_at       TEXT NOT NULL,
    end_at         TEXT NOT NULL CHECK (end_at > start_at),
    hlc            INTEGER NOT NULL,
    workstation_id TEXT NOT NULL,
    user_id        TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- Covering the slot finder's read of held time: no table look-up per part.
CREATE INDEX appointment_parts_by_resource
    ON appointment_parts (resource_id, day, start_at, end_at, appointment_id, deleted);
CREATE INDEX appointment_parts_by_appointment ON appointment_parts (appointment_id);
