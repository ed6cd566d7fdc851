-- Schema v4: emergency accesses to medical notes are shown to the centre (status bar, the
-- file's medical tab). They are rare among millions of entries: a partial index holds only
-- them, so showing them never reads the whole log.
CREATE INDEX audit_log_emergency ON audit_log (seq) WHERE action = 'emergency_access';
