-- Forked records: since 0004 two laptops may amend the same version of any record. Each
-- fork is listed for a human to confirm as a conflict of the new kind 'record_fork'
-- (identity_fork stays for patient identities). SQLite cannot alter a CHECK constraint:
-- the table is rebuilt with its rows.
CREATE TABLE exchange_conflict_rebuilt (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('double_admission', 'bed_clash', 'identity_fork',
                                               'record_fork', 'movement_rejected', 'number_clash',
                                               'ipp_clash', 'duplicate_patient')),
    patient_id   TEXT,
    other_id     TEXT,
    detail       TEXT NOT NULL,
    resolution   TEXT,
    resolved_by  TEXT,
    resolved_at  TEXT
) STRICT;

INSERT INTO exchange_conflict_rebuilt (id, kind, patient_id, other_id, detail, resolution, resolved_by,
                                       resolved_at)
SELECT id, kind, patient_id, other_id, detail, resolution, resolved_by, resolved_at FROM exchange_conflict;

DROP TABLE exchange_conflict;
ALTER TABLE exchange_conflict_rebuilt RENAME TO exchange_conflict;
