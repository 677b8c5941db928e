-- Patients. The clinical truth is in record_version (kind 'patient' for identity
-- versions, 'movement' for admissions, moves, transfers, discharges and deaths);
-- `patient` is the current state derived from those records in the same transaction,
-- kept so that the ward board and search are fast.

CREATE TABLE patient (
    id              TEXT PRIMARY KEY,
    downtime_number TEXT NOT NULL UNIQUE,
    ipp             TEXT UNIQUE,
    ins             TEXT,
    birth_name      TEXT NOT NULL,
    used_name       TEXT,
    first_names     TEXT NOT NULL,
    birth_date      TEXT NOT NULL,
    sex             TEXT NOT NULL CHECK (sex IN ('F', 'M', 'U')),
    birth_place     TEXT,
    identity_status TEXT NOT NULL CHECK (identity_status IN ('provisional', 'retrieved', 'validated', 'qualified')),
    status          TEXT NOT NULL CHECK (status IN ('registered', 'admitted', 'transferred', 'discharged', 'deceased')),
    ward_code       TEXT REFERENCES ward (code),
    bed_label       TEXT,
    admitted_at     TEXT,
    reason          TEXT,
    allergies       TEXT,
    updated_at      TEXT NOT NULL
) STRICT;

-- Two patients can never be put in the same bed.
CREATE UNIQUE INDEX patient_in_bed ON patient (ward_code, bed_label) WHERE status = 'admitted' AND bed_label IS NOT NULL;
CREATE INDEX patient_by_ward ON patient (ward_code, status);
CREATE INDEX patient_by_birth_date ON patient (birth_date);

-- Search as you type: names, numbers and beds, ignoring case and accents.
CREATE VIRTUAL TABLE patient_search USING fts5 (
    patient_id UNINDEXED,
    numbers,
    names,
    bed,
    tokenize = 'unicode61 remove_diacritics 2 tokenchars ''-''',
    prefix = '1 2 3'
);
