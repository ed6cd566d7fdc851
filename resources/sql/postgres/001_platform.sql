-- PostgreSQL ladder, version 1: what every domain stands on (settings, the change log that
-- sync reads, the hash-chained audit log). The same tables as the workstation's SQLite file,
-- in PostgreSQL's types. Shipped migrations are never edited.

CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE change_log (
    seq            bigserial PRIMARY KEY,
    change_id      text NOT NULL UNIQUE,
    table_name     text NOT NULL,
    row_id         text NOT NULL,
    operation      text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    changed_fields text NOT NULL,
    base_hlc       bigint,
    hlc            bigint NOT NULL,
    workstation_id text NOT NULL,
    user_id        text
);
CREATE INDEX change_log_by_row ON change_log (table_name, row_id, seq);

CREATE TABLE audit_log (
    seq            bigint PRIMARY KEY,
    at             text NOT NULL,
    user_id        text NOT NULL DEFAULT '',
    login          text NOT NULL DEFAULT '',
    workstation_id text NOT NULL DEFAULT '',
    action         text NOT NULL,
    case_id        text NOT NULL DEFAULT '',
    details        text NOT NULL DEFAULT '',
    prev_hash      text NOT NULL,
    hash           text NOT NULL
);
CREATE INDEX audit_log_by_case ON audit_log (case_id, seq) WHERE case_id <> '';
CREATE INDEX audit_log_by_user ON audit_log (user_id, seq);
CREATE INDEX audit_log_emergency ON audit_log (seq) WHERE action = 'emergency_access';

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
