-- The hospital hub: a store of the union of every laptop's append-only rows.
-- Applied in order by `whiteplan-hub` (as the cluster's superuser), each file once, recorded
-- in hub_schema_migration.

-- Every laptop connects as its own role "dev_CODE" (its certificate's CN is CODE, mapped by
-- pg_ident.conf), a member of whiteplan_device; grants and policies name only this group.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'whiteplan_device') THEN
        CREATE ROLE whiteplan_device NOLOGIN;
    END IF;
END
$$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO whiteplan_device;

-- Which hub this is: drawn once when the schema is created. A laptop remembers it; a hub
-- rebuilt from scratch has another one (a restored backup keeps it, and is recognised by its
-- high-water mark instead).
CREATE TABLE hub_identity (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    cluster_id uuid NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO hub_identity DEFAULT VALUES;

-- The device code of the connected laptop: its session role without the "dev_" prefix.
-- session_user, not current_user: a device cannot change it.
CREATE FUNCTION hub_device_code() RETURNS text
LANGUAGE sql STABLE
AS $$ SELECT CASE WHEN session_user::text LIKE 'dev\_%' THEN substr(session_user::text, 5) END $$;

-- One row per exchange line (the very line a USB bundle carries): kind 'rv' (a record
-- version, id = its version_id) or 'ward', 'bed', 'user' (id = the line's SHA-256: those are
-- united, never compared). Rows are never updated nor deleted.
CREATE TABLE hub_row (
    kind        text NOT NULL,
    id          text NOT NULL,
    device_code text NOT NULL,
    body        text NOT NULL,
    sha256      text NOT NULL,
    seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    -- The inserting transaction: a pull hands out only rows of transactions below the
    -- snapshot's xmin (all committed or gone), so a late commit is never skipped.
    txid        xid8 NOT NULL DEFAULT pg_current_xact_id(),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, id)
);
CREATE INDEX hub_row_by_txid ON hub_row (txid, seq);
CREATE INDEX hub_row_by_device ON hub_row (device_code, kind);

-- The same id offered with a different content: never merged, kept for a person to look at.
CREATE TABLE hub_alarm (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text NOT NULL,
    row_id         text NOT NULL,
    offered_by     text NOT NULL DEFAULT hub_device_code(),
    stored_sha256  text NOT NULL,
    offered_sha256 text NOT NULL,
    offered_body   text NOT NULL,
    raised_at      timestamptz NOT NULL DEFAULT now()
);

-- The laptops that synchronised, with their hospital: a laptop refuses a hub holding
-- another hospital's laptops.
CREATE TABLE hub_device (
    device_code text PRIMARY KEY DEFAULT hub_device_code(),
    device_id   text NOT NULL,
    hospital_id text NOT NULL,
    first_seen  timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION hub_no_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'hub rows are append-only';
END
$$;
CREATE TRIGGER hub_row_append_only BEFORE UPDATE OR DELETE ON hub_row
    FOR EACH ROW EXECUTE FUNCTION hub_no_change();

-- A wake-up for listening laptops; the cursor, not the notification, is the truth.
CREATE FUNCTION hub_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('whiteplan_hub', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER hub_row_notify AFTER INSERT ON hub_row
    FOR EACH STATEMENT EXECUTE FUNCTION hub_notify();

-- Row-level security: every laptop reads everything, writes only under its own code.
ALTER TABLE hub_row ENABLE ROW LEVEL SECURITY;
CREATE POLICY hub_row_read ON hub_row FOR SELECT TO whiteplan_device USING (true);
CREATE POLICY hub_row_own ON hub_row FOR INSERT TO whiteplan_device
    WITH CHECK (device_code = hub_device_code());

ALTER TABLE hub_alarm ENABLE ROW LEVEL SECURITY;
CREATE POLICY hub_alarm_read ON hub_alarm FOR SELECT TO whiteplan_device USING (true);
CREATE POLICY hub_alarm_own ON hub_alarm FOR INSERT TO whiteplan_device
    WITH CHECK (offered_by = hub_device_code());

ALTER TABLE hub_device ENABLE ROW LEVEL SECURITY;
CREATE POLICY hub_device_read ON hub_device FOR SELECT TO whiteplan_device USING (true);
CREATE POLICY hub_device_own ON hub_device FOR INSERT TO whiteplan_device
    WITH CHECK (device_code = hub_device_code());

GRANT SELECT, INSERT ON hub_row, hub_alarm, hub_device TO whiteplan_device;
GRANT SELECT ON hub_identity TO whiteplan_device;
GRANT EXECUTE ON FUNCTION hub_device_code() TO whiteplan_device;

-- What a laptop checks before trusting its cursors: the hub's identity, PostgreSQL's own
-- system identifier, the highest seq and transaction horizon. pg_control_system() is for
-- superusers: this function runs as its owner.
CREATE FUNCTION hub_info(OUT cluster_id uuid, OUT system_id text, OUT max_seq bigint, OUT horizon xid8)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog
AS $$
    SELECT (SELECT cluster_id FROM hub_identity),
           (SELECT system_identifier::text FROM pg_control_system()),
           (SELECT coalesce(max(seq), 0) FROM hub_row),
           pg_snapshot_xmin(pg_current_snapshot())
$$;
REVOKE ALL ON FUNCTION hub_info() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub_info() TO whiteplan_device;
