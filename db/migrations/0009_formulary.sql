-- The hospital pharmacy's formulary (livret thérapeutique, issue 18).
--
-- Site data like the wards: replaced as a whole by each import of the pharmacy's CSV
-- (docs/formulary-csv.md), in one transaction, audited. Each drug is kept as the JSON of its
-- checked row; `position` keeps the file's order. Prescriptions name the drug's code and copy
-- what they need into their own records, so replacing the formulary never rewrites a record.
-- IF NOT EXISTS: tests take a database back to an older user_version and migrate it again.
CREATE TABLE IF NOT EXISTS formulary_drug (
    code     TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 40),
    position INTEGER NOT NULL,
    data     TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
