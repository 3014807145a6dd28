-- Days off for the working-day calendar: national holidays and cuti bersama seeded from the shipped list, plus
-- those an admin adds. Rows are deactivated (a decree moved the day), never deleted, so history can be read back
-- and a re-seed can tell that an admin already decided about a date.
CREATE TABLE holiday (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  holiday_date   DATE NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('NASIONAL', 'CUTI_BERSAMA', 'DAERAH')),
  name           TEXT NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 150),
  source         TEXT NOT NULL CHECK (source IN ('SEED', 'ADMIN')),
  note           TEXT,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     TEXT NOT NULL,
  active         BOOLEAN NOT NULL DEFAULT TRUE,
  removed_at     TIMESTAMP WITH TIME ZONE,
  removed_by     TEXT,
  removed_reason TEXT,
  CONSTRAINT holiday_removal_recorded CHECK (
    (active AND removed_at IS NULL AND removed_by IS NULL AND removed_reason IS NULL)
    OR (NOT active AND removed_at IS NOT NULL AND removed_by IS NOT NULL AND removed_reason IS NOT NULL))
);
-- One row per date and name, whatever the capitalisation: the seed's ON CONFLICT relies on it.
CREATE UNIQUE INDEX holiday_date_name_uk ON holiday (holiday_date, lower(name));
CREATE INDEX holiday_active_date_idx ON holiday (holiday_date) WHERE active;

-- Set from calendar_revision_seq in the same transaction as every change to holiday, so each node can tell with
-- one primary-key read whether its cached calendar is still current. Sequence values are never reused (not even
-- after a rollback), so a revision seen inside a rolled-back transaction never comes back.
CREATE SEQUENCE calendar_revision_seq;
CREATE TABLE calendar_revision (
  id       SMALLINT PRIMARY KEY CHECK (id = 1),
  revision BIGINT NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 0);
