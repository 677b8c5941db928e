-- Foundation: this laptop, its users, versioned clinical records and the audit chain.
-- Times are ISO 8601 UTC text with milliseconds ("2026-11-28T13:04:05.123Z").

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE ward (
    code       TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 16),
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE bed (
    ward_code TEXT NOT NULL REFERENCES ward (code),
    label     TEXT NOT NULL,
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (ward_code, label)
) STRICT;

CREATE TABLE app_user (
    id              TEXT PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name       TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('nurse', 'doctor', 'theatre_manager', 'administrator')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
) STRICT;

-- Every clinical record is a chain of versions; nothing is updated or deleted.
CREATE TABLE record_version (
    version_id          TEXT PRIMARY KEY,
    record_id           TEXT NOT NULL,
    kind                TEXT NOT NULL,
    patient_id          TEXT,
    version             INTEGER NOT NULL CHECK (version >= 1),
    previous_version_id TEXT REFERENCES record_version (version_id),
    data                TEXT NOT NULL CHECK (json_valid(data)),
    entered_in_error    INTEGER NOT NULL DEFAULT 0 CHECK (entered_in_error IN (0, 1)),
    reason              TEXT,
    occurred_at         TEXT,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    device              TEXT NOT NULL,
    UNIQUE (record_id, version),
    CHECK ((version = 1) = (previous_version_id IS NULL))
) STRICT;

CREATE INDEX record_version_by_patient ON record_version (patient_id, kind, occurred_at);
CREATE INDEX record_version_by_kind ON record_version (kind, record_id);

CREATE TRIGGER record_version_no_update BEFORE UPDATE ON record_version
BEGIN
    SELECT RAISE(ABORT, 'clinical records are append-only: write a new version');
END;

CREATE TRIGGER record_version_no_delete BEFORE DELETE ON record_version
BEGIN
    SELECT RAISE(ABORT, 'clinical records are append-only: mark the record entered in error');
END;

-- Each entry's hash covers the previous entry's hash, so any edit breaks the chain.
CREATE TABLE audit_entry (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_login  TEXT NOT NULL,
    device      TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_kind TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
