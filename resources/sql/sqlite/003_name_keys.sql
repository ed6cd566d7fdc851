-- Schema v3: name keys for the duplicate check. "A similar name born within a year" becomes an
-- indexed lookup (name_key, birth_year) instead of a full-text query over every namesake. Keys
-- are computed by the program (CaseSearchIndex), which rebuilds them and the FTS index from
-- case_files whenever its `search_index_version` setting differs from the code's.
CREATE VIRTUAL TABLE IF NOT EXISTS case_search USING fts5 (
    names, phonetic,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3 4'
);
CREATE TABLE case_name_keys (
    local_no   INTEGER NOT NULL,
    name_key   TEXT NOT NULL,
    birth_year INTEGER NOT NULL
);
CREATE INDEX case_name_keys_lookup ON case_name_keys (name_key, birth_year);
CREATE INDEX case_name_keys_by_case ON case_name_keys (local_no);
DELETE FROM settings WHERE key = 'search_index_version';
