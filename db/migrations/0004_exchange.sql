-- Laptop-to-laptop exchange.
--
-- 1. record_version loses UNIQUE (record_id, version) and its self-reference: two
--    laptops may amend the same version independently, and both amendments must be
--    kept when their bundles meet (a fork, listed as a conflict). Versions arrive in
--    any order from other laptops, so the previous version may not be here yet.
--    The table is rebuilt keeping rowids (the exchange remembers "sent up to rowid N").
CREATE TABLE record_version_rebuilt (
    version_id          TEXT PRIMARY KEY,
    record_id           TEXT NOT NULL,
    kind                TEXT NOT NULL,
    patient_id          TEXT,
    version             INTEGER NOT NULL CHECK (version >= 1),
    previous_version_id TEXT,
    data                TEXT NOT NULL CHECK (json_valid(data)),
    entered_in_error    INTEGER NOT NULL DEFAULT 0 CHECK (entered_in_error IN (0, 1)),
    reason              TEXT,
    occurred_at         TEXT,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    device              TEXT NOT NULL,
    CHECK ((version = 1) = (previous_version_id IS NULL))
) STRICT;

INSERT INTO record_version_rebuilt (rowid, version_id, record_id, kind, patient_id, version, previous_version_id,
                                    data, entered_in_error, reason, occurred_at, created_at, created_by, device)
SELECT rowid, version_id, record_id, kind, patient_id, version, previous_version_id, data, entered_in_error,
       reason, occurred_at, created_at, created_by, device
FROM record_version ORDER BY rowid;

DROP TABLE record_version;
ALTER TABLE record_version_rebuilt RENAME TO record_version;

CREATE INDEX record_version_by_record ON record_version (record_id, version);
CREATE INDEX record_version_by_patient ON record_version (patient_id, kind, occurred_at);
CREATE INDEX record_version_by_kind ON record_version (kind, record_id);
CREATE INDEX record_version_by_previous ON record_version (previous_version_id);

CREATE TRIGGER record_version_no_update BEFORE UPDATE ON record_version
BEGIN
    SELECT RAISE(ABORT, 'clinical records are append-only: write a new version');
END;

CREATE TRIGGER record_version_no_delete BEFORE DELETE ON record_version
BEGIN
    SELECT RAISE(ABORT, 'clinical records are append-only: mark the record entered in error');
END;

-- 2. What was last sent to each other laptop: every record_version row with a rowid up
--    to sent_up_to went into a bundle made "--for" that device.
CREATE TABLE exchange_peer (
    device         TEXT PRIMARY KEY,
    sent_up_to     INTEGER NOT NULL DEFAULT 0,
    last_export_at TEXT,
    last_import_at TEXT
) STRICT;

-- 3. Bundles imported (for the history screen; importing again is harmless anyway).
CREATE TABLE exchange_import (
    bundle_id     TEXT NOT NULL,
    sender_device TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL,
    new_records   INTEGER NOT NULL
) STRICT;

-- 4. Conflicts and duplicate candidates found when records from several laptops were
--    united. Recomputed from the records after every import (so identical on every
--    laptop with the same records); a human confirms each one.
CREATE TABLE exchange_conflict (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('double_admission', 'bed_clash', 'identity_fork',
                                               'movement_rejected', 'number_clash', 'ipp_clash',
                                               'duplicate_patient')),
    patient_id   TEXT,
    other_id     TEXT,
    detail       TEXT NOT NULL,
    resolution   TEXT,
    resolved_by  TEXT,
    resolved_at  TEXT
) STRICT;
