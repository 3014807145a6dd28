-- Appointments for services that need the person present. A unit without a row in antrean_schedule uses the
-- defaults in code (20 per service per day, 08.00–12.00 in sessions of an hour, 10 working days ahead).
CREATE TABLE antrean_schedule (
  unit_id           BIGINT PRIMARY KEY,
  quota_per_service INT NOT NULL CHECK (quota_per_service BETWEEN 1 AND 999),
  -- NULL: no cap for the unit as a whole, only per service.
  quota_per_unit    INT CHECK (quota_per_unit IS NULL OR quota_per_unit BETWEEN 1 AND 9999),
  opens_at          TIME NOT NULL,
  closes_at         TIME NOT NULL,
  session_minutes   INT NOT NULL CHECK (session_minutes BETWEEN 15 AND 480),
  days_ahead        INT NOT NULL CHECK (days_ahead BETWEEN 1 AND 60),
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by        TEXT NOT NULL,
  CHECK (opens_at < closes_at)
);

-- One row per unit and day, locked (SELECT … FOR UPDATE) by every booking and cancellation of that day: it
-- serialises the quota check and hands out queue numbers that never repeat, on any number of nodes.
CREATE TABLE antrean_day_counter (
  unit_id     BIGINT NOT NULL,
  day         DATE NOT NULL,
  last_number INT NOT NULL DEFAULT 0 CHECK (last_number >= 0),
  PRIMARY KEY (unit_id, day)
);

CREATE TABLE antrean_appointment (
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id            BIGINT NOT NULL,
  day                DATE NOT NULL,
  number             INT NOT NULL CHECK (number > 0),
  queue_number       TEXT NOT NULL,
  service_code       TEXT NOT NULL,
  service_version_id BIGINT NOT NULL,
  service_name       TEXT NOT NULL,
  account_id         BIGINT NOT NULL,
  username           TEXT NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('MENUNGGU', 'DIPANGGIL', 'SELESAI', 'TIDAK_HADIR', 'DIBATALKAN')),
  booked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  called_at          TIMESTAMP WITH TIME ZONE,
  called_by          TEXT,
  finished_at        TIMESTAMP WITH TIME ZONE,
  finished_by        TEXT,
  cancelled_at       TIMESTAMP WITH TIME ZONE,
  reminded_at        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT antrean_appointment_number_uk UNIQUE (unit_id, day, number),
  CHECK (status NOT IN ('DIPANGGIL', 'SELESAI', 'TIDAK_HADIR') OR called_at IS NOT NULL),
  CHECK (status <> 'DIBATALKAN' OR cancelled_at IS NOT NULL)
);
-- One active booking per citizen, service and day (a cancelled one does not block booking again).
CREATE UNIQUE INDEX antrean_appointment_one_active_ux ON antrean_appointment (account_id, service_code, day)
  WHERE status <> 'DIBATALKAN';
CREATE INDEX antrean_appointment_queue_idx ON antrean_appointment (unit_id, day, status, number);
CREATE INDEX antrean_appointment_citizen_idx ON antrean_appointment (account_id, day DESC);
CREATE INDEX antrean_appointment_reminder_idx ON antrean_appointment (day)
  WHERE status = 'MENUNGGU' AND reminded_at IS NULL;
