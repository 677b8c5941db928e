-- The laboratory role (issue 15): the lab laptop's users enter results, print and carry
-- bundles. app_user.role lists the roles in a CHECK, and SQLite cannot alter a CHECK: the
-- table is rebuilt with its rows (SQLite's procedure: the Migrator turns foreign keys off
-- while migrating and checks them before committing). Nothing references app_user (users are
-- named by login in records and audit entries) and it has no index or trigger of its own
-- besides the login's UNIQUE, which the new table declares again.
CREATE TABLE app_user_rebuilt (
    id              TEXT PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name       TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('nurse', 'doctor', 'theatre_manager', 'administrator',
                                                  'laboratory')),
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
