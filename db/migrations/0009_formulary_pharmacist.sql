-- The hospital pharmacy's formulary (livret thérapeutique, issue 18) and the pharmacist role.
--
-- The formulary is site data like the wards: replaced as a whole by each import of the
-- pharmacy's CSV (docs/formulary-csv.md), in one transaction, audited. Each drug is kept as
-- the JSON of its checked row; `position` keeps the file's order. Prescriptions name the
-- drug's code and copy what they need, so replacing the formulary never rewrites a record.
CREATE TABLE formulary_drug (
    code     TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 40),
    position INTEGER NOT NULL,
    data     TEXT NOT NULL CHECK (json_valid(data))
) STRICT;

-- The pharmacist role: app_user lists the roles in a CHECK that SQLite cannot alter, so the
-- table is rebuilt with its rows as in 0008 (nothing references app_user; the login's UNIQUE
-- is declared again).
CREATE TABLE app_user_rebuilt (
    id              TEXT PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name       TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('nurse', 'doctor', 'theatre_manager', 'administrator',
                                                  'laboratory', 'pharmacist')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
) STRICT;

INSERT INTO app_user_rebuilt (id, login, full_name, role, password_hash, active, failed_attempts,
                              last_failed_at, created_at, created_by)
SELECT id, login, full_name, role, password_hash, active, failed_attempts, last_failed_at, created_at,
       created_by
FROM app_user;

DROP TABLE app_user;
ALTER TABLE app_user_rebuilt RENAME TO app_user;
