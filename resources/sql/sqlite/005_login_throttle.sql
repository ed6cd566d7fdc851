-- Schema v5: failed logins are counted per login text, whether an account has it or not, so
-- that the answer to a guess never tells which logins exist; and superseded password hashes
-- are no longer kept in the change log.

-- bucket: a keyed hash of the typed login cut to 20 bits (LoginThrottle), never the text.
CREATE TABLE login_throttle (
    bucket         TEXT PRIMARY KEY NOT NULL,
    failures       INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT
) WITHOUT ROWID;
INSERT INTO settings (key, value) VALUES ('login_throttle_secret', lower(hex(randomblob(32))))
    ON CONFLICT (key) DO NOTHING;

-- The change log says that a password changed, never what it became: sync reads the hash from
-- the account's row. Every hash logged so far is blanked.
UPDATE change_log SET changed_fields = json_set(changed_fields, '$.password_hash', json('null'))
    WHERE table_name = 'users' AND json_extract(changed_fields, '$.password_hash') IS NOT NULL;
