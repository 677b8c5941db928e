-- Hospital network mode (issue 16): this laptop's link to the hub, if an administrator
-- joined one. At most one row; no row: the hub is off and nothing is ever sent. (IF NOT
-- EXISTS: tests bring a database back to an older user_version with its newer tables kept.)
-- (Reserved number 0010; 0009 until the other helper's 0009 lands: the lead renumbers.)
CREATE TABLE IF NOT EXISTS hub_link (
    singleton         INTEGER PRIMARY KEY CHECK (singleton = 1),
    host              TEXT NOT NULL,
    host_address      TEXT NOT NULL DEFAULT '',
    port              INTEGER NOT NULL,
    joined_at         TEXT NOT NULL,
    joined_by         TEXT NOT NULL,
    -- What the hub said it was at the last sync: a different cluster, or a hub that went
    -- back in time (a restored backup), makes this laptop push and pull everything again.
    cluster_id        TEXT NOT NULL DEFAULT '',
    system_id         TEXT NOT NULL DEFAULT '',
    high_water_seq    INTEGER NOT NULL DEFAULT 0,
    -- Every record version of this laptop with a rowid up to pushed_up_to is on the hub:
    -- moved only after the hub's COMMIT returned.
    pushed_up_to      INTEGER NOT NULL DEFAULT 0,
    -- Likewise for this laptop's audit entries (by seq): the hub keeps every laptop's trail for
    -- the crisis unit; laptops never take in each other's (as with bundles).
    pushed_audit_up_to INTEGER NOT NULL DEFAULT 0,
    -- The pull cursor: (transaction id, seq) of the last hub row taken in.
    pull_txid         INTEGER NOT NULL DEFAULT 0,
    pull_seq          INTEGER NOT NULL DEFAULT 0,
    -- Rows were taken in but the state not yet rebuilt (a sync interrupted mid-way).
    rebuild_pending   INTEGER NOT NULL DEFAULT 0 CHECK (rebuild_pending IN (0, 1)),
    last_attempt_at   TEXT,
    last_sync_at      TEXT,
    unreachable_since TEXT,
    last_error        TEXT NOT NULL DEFAULT '',
    alarms            INTEGER NOT NULL DEFAULT 0
) STRICT;
