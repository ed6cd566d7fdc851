-- PostgreSQL ladder, version 3: appointments, as the workstation's 006_scheduling.sql.
-- Reference data (practitioners, rooms, working hours, absences,
-- closing days, services) and bookings, all synced: UUID ids, hlc, workstation, user and a
-- tombstone. Times are the centre's wall-clock times (Africa/Casablanca) written
-- 'YYYY-MM-DDTHH:MM': an appointment at 10:00 stays at 10:00 when the UTC offset changes
-- around Ramadan, and the text sorts and compares in time order.

CREATE TABLE practitioners (
    id              text PRIMARY KEY CHECK (length(id) = 36),
    name_fr         text NOT NULL DEFAULT '',
    name_ar         text NOT NULL DEFAULT '',
    profession      text NOT NULL,
    specialty       text NOT NULL DEFAULT '',
    user_account_id text REFERENCES users (id),
    active          integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    hlc             bigint NOT NULL,
    workstation_id  text NOT NULL,
    user_id         text,
    deleted         integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX practitioners_by_profession ON practitioners (profession, specialty);

CREATE TABLE rooms (
    id             text PRIMARY KEY CHECK (length(id) = 36),
    name           text NOT NULL,
    accessible     integer NOT NULL DEFAULT 0 CHECK (accessible IN (0, 1)),
    active         integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    hlc            bigint NOT NULL,
    workstation_id text NOT NULL,
    user_id        text,
    deleted        integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- One period of one weekday (1 = Monday); valid_from/valid_to bound seasonal hours (Ramadan).
CREATE TABLE working_hours (
    id              text PRIMARY KEY CHECK (length(id) = 36),
    practitioner_id text NOT NULL REFERENCES practitioners (id),
    weekday         integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time      text NOT NULL,
    end_time        text NOT NULL CHECK (end_time > start_time),
    valid_from      text,
    valid_to        text,
    hlc             bigint NOT NULL,
    workstation_id  text NOT NULL,
    user_id         text,
    deleted         integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX working_hours_by_practitioner ON working_hours (practitioner_id);

CREATE TABLE absences (
    id              text PRIMARY KEY CHECK (length(id) = 36),
    practitioner_id text NOT NULL REFERENCES practitioners (id),
    from_date       text NOT NULL,
    to_date         text NOT NULL CHECK (to_date >= from_date),
    reason          text NOT NULL DEFAULT '',
    hlc             bigint NOT NULL,
    workstation_id  text NOT NULL,
    user_id         text,
    deleted         integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX absences_by_practitioner ON absences (practitioner_id, from_date);

-- Closing days entered by the administrator (the religious holidays, whose dates move); the
-- fixed national holidays are reference data in the code (NationalHolidays).
CREATE TABLE closing_days (
    id             text PRIMARY KEY CHECK (length(id) = 36),
    from_date      text NOT NULL,
    to_date        text NOT NULL CHECK (to_date >= from_date),
    reason         text NOT NULL,
    hlc            bigint NOT NULL,
    workstation_id text NOT NULL,
    user_id        text,
    deleted        integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- needs: JSON array of "profession[:specialty]"; a sequence takes them in order, one after
-- the other, at most max_gap_minutes apart.
CREATE TABLE services (
    id              text PRIMARY KEY CHECK (length(id) = 36),
    code            text NOT NULL,
    name_fr         text NOT NULL DEFAULT '',
    name_ar         text NOT NULL DEFAULT '',
    minutes         integer NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    needs           text NOT NULL CHECK (needs <> ''),
    room_need       text NOT NULL DEFAULT 'none' CHECK (room_need IN ('none', 'any', 'accessible')),
    sequence        integer NOT NULL DEFAULT 0 CHECK (sequence IN (0, 1)),
    max_gap_minutes integer NOT NULL DEFAULT 0,
    hlc             bigint NOT NULL,
    workstation_id  text NOT NULL,
    user_id         text,
    deleted         integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX services_code ON services (code) WHERE deleted = 0;

-- One visit of one beneficiary; its parts say who and which room, when.
CREATE TABLE appointments (
    id               text PRIMARY KEY CHECK (length(id) = 36),
    case_id          text NOT NULL REFERENCES case_files (id),
    service_id       text REFERENCES services (id),
    kind             text NOT NULL CHECK (kind IN ('single', 'joint', 'sequence', 'walk_in')),
    status           text NOT NULL DEFAULT 'scheduled'
                     CHECK (status IN ('scheduled', 'arrived', 'in_consultation', 'done',
                                       'cancelled', 'no_show', 'rescheduled')),
    day              text NOT NULL,
    start_at         text NOT NULL,
    end_at           text NOT NULL CHECK (end_at > start_at),
    cancel_reason    text NOT NULL DEFAULT '',
    cancelled_by     text NOT NULL DEFAULT '' CHECK (cancelled_by IN ('', 'person', 'centre')),
    rescheduled_from text REFERENCES appointments (id),
    -- The occurrences of a recurring series share it (the first occurrence's id).
    series_id        text,
    arrived_at       text,
    started_at       text,
    done_at          text,
    created_at       text NOT NULL,
    hlc              bigint NOT NULL,
    workstation_id   text NOT NULL,
    user_id          text,
    deleted          integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX appointments_by_day ON appointments (day, start_at);
CREATE INDEX appointments_by_case ON appointments (case_id, start_at);
CREATE INDEX appointments_by_series ON appointments (series_id, start_at) WHERE series_id IS NOT NULL;

-- One resource (a practitioner or a room) held by an appointment from start_at to end_at.
CREATE TABLE appointment_parts (
    id             text PRIMARY KEY CHECK (length(id) = 36),
    appointment_id text NOT NULL REFERENCES appointments (id),
    resource_kind  text NOT NULL CHECK (resource_kind IN ('practitioner', 'room')),
    resource_id    text NOT NULL,
    position       integer NOT NULL DEFAULT 0,
    day            text NOT NULL,
    start_at       text NOT NULL,
    end_at         text NOT NULL CHECK (end_at > start_at),
    hlc            bigint NOT NULL,
    workstation_id text NOT NULL,
    user_id        text,
    deleted        integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- Covering the slot finder's read of held time: no table look-up per part.
CREATE INDEX appointment_parts_by_resource
    ON appointment_parts (resource_id, day, start_at, end_at, appointment_id, deleted);
CREATE INDEX appointment_parts_by_appointment ON appointment_parts (appointment_id);
