-- Record seals: the audit trail commits to the content of every record version, so that
-- `verify` finds a value changed in the database behind WhitePlan's back (issue 12).
--
-- 1. An audit entry may carry `content`: the SHA-256 digest of the seals it writes. Its hash
--    covers the content when there is one, so older entries keep their hashes.
ALTER TABLE audit_entry ADD COLUMN content TEXT NOT NULL DEFAULT '';

-- 2. One seal per record version: the SHA-256 of the version's columns (RecordSeal), and the
--    audit entry whose content commits to it (the record.create/amend entry, the import's,
--    or the upgrade's entry below). Append-only like the versions themselves.
CREATE TABLE record_seal (
    version_id TEXT PRIMARY KEY,
    audit_seq  INTEGER NOT NULL,
    hash       TEXT NOT NULL
) STRICT;

CREATE INDEX record_seal_by_audit ON record_seal (audit_seq, version_id);

CREATE TRIGGER record_seal_no_update BEFORE UPDATE ON record_seal
BEGIN
    SELECT RAISE(ABORT, 'record seals are append-only');
END;

CREATE TRIGGER record_seal_no_delete BEFORE DELETE ON record_seal
BEGIN
    SELECT RAISE(ABORT, 'record seals are append-only');
END;

-- 3. This laptop's id (SiteIdentity): bundles and backups say which laptop wrote them, so that
--    two laptops given one code, or another laptop's backup, are told apart. Drawn here for
--    laptops set up before; `init` draws it for new ones.
INSERT INTO setting (key, value)
SELECT 'device.id', lower(hex(randomblob(16)))
WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'device.code')
  AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'device.id');

-- 4. The existing versions are sealed by a C++ step of this migration, in the same
--    transaction (RecordSeal::backfill, given to the Migrator by Workspace::open): SQLite has no SHA-256.
