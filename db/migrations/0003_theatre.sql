-- Theatre workspace: the last known schedule (imported from the rescheduling contract's
-- CSV files or typed in), the white plan's closures and the current plan. The contract
-- (shared/specs/theatre-rescheduling.md) is the source of the columns' meaning.
-- Times of day are minutes after midnight; dates are ISO `YYYY-MM-DD` text.

CREATE TABLE theatre (
    id   TEXT PRIMARY KEY CHECK (length(id) > 0),
    name TEXT NOT NULL
) STRICT;

CREATE TABLE surgeon (
    id   TEXT PRIMARY KEY CHECK (length(id) > 0),
    name TEXT NOT NULL
) STRICT;

CREATE TABLE theatre_session (
    id             TEXT PRIMARY KEY CHECK (length(id) > 0),
    theatre_id     TEXT NOT NULL REFERENCES theatre (id),
    day            TEXT NOT NULL,
    start_min      INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
    end_min        INTEGER NOT NULL CHECK (end_min <= 1440 AND end_min > start_min),
    specialty      TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    closure_reason TEXT
) STRICT;
CREATE INDEX theatre_session_by_day ON theatre_session (day, theatre_id, start_min);

-- `deadline` is stored only when it differs from the priority's default, so that a
-- change of priority moves a default deadline with it.
CREATE TABLE theatre_case (
    id               TEXT PRIMARY KEY CHECK (length(id) > 0),
    patient_ref      TEXT NOT NULL,
    patient_id       TEXT REFERENCES patient (id),
    surgeon_id       TEXT NOT NULL REFERENCES surgeon (id),
    specialty        TEXT NOT NULL,
    procedure        TEXT NOT NULL,
    duration_min     INTEGER NOT NULL CHECK (duration_min > 0),
    priority         INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
    listed_date      TEXT NOT NULL,
    earliest_date    TEXT,
    deadline         TEXT,
    original_session TEXT REFERENCES theatre_session (id),
    locked           INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    phone            TEXT
) STRICT;

-- The current plan: where each scheduled case is booked. A case without a row needs a slot.
CREATE TABLE theatre_booking (
    case_id    TEXT PRIMARY KEY REFERENCES theatre_case (id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES theatre_session (id),
    start_min  INTEGER NOT NULL
) STRICT;
CREATE INDEX theatre_booking_by_session ON theatre_booking (session_id);

-- Reasons kept with the case (the audit chain has them too, but is not meant for display).
CREATE TABLE theatre_postponement (
    seq          INTEGER PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES theatre_case (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    by_user      TEXT NOT NULL,
    from_session TEXT,
    reason       TEXT NOT NULL CHECK (length(reason) > 0)
) STRICT;

CREATE TABLE theatre_priority_change (
    seq          INTEGER PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES theatre_case (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    by_user      TEXT NOT NULL,
    old_priority INTEGER NOT NULL,
    new_priority INTEGER NOT NULL,
    reason       TEXT NOT NULL CHECK (length(reason) > 0)
) STRICT;
