-- Pusat Kendali 112. History is append-only: calls, incident events and unit status events are never updated
-- or deleted; a correction is a new row that names the row it corrects and why. The few mutable columns on
-- kendali_incident (status, disposition, type, priority, …) are a projection kept in step with its events in the
-- same transaction, so lists and the wall need no replay.

-- Incident types: a tree (parent_code) of versioned rows. Changing a type adds a new version and moves the
-- "current" mark; incidents keep pointing at the version they were recorded with. Retiring is a version with
-- active = false.
CREATE TABLE kendali_incident_type (
  id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code                    TEXT NOT NULL CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
  version                 INT NOT NULL CHECK (version > 0),
  parent_code             TEXT,
  name                    TEXT NOT NULL,
  -- Target for total response (received → first unit on scene); NULL: no target for this type.
  response_target_seconds INT CHECK (response_target_seconds IS NULL OR response_target_seconds > 0),
  -- OPD codes proposed when dispatching (comma separated), e.g. 'DAMKAR,DINKES'.
  default_agencies        TEXT NOT NULL DEFAULT '',
  sort_order              INT NOT NULL DEFAULT 0,
  active                  BOOLEAN NOT NULL,
  current                 BOOLEAN NOT NULL,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by              TEXT NOT NULL,
  change_reason           TEXT,
  CONSTRAINT kendali_incident_type_version_uk UNIQUE (code, version)
);
CREATE UNIQUE INDEX kendali_incident_type_current_ux ON kendali_incident_type (code) WHERE current;

INSERT INTO kendali_incident_type (code, version, parent_code, name, response_target_seconds, default_agencies,
    sort_order, active, current, created_at, created_by) VALUES
  ('KEBAKARAN_PENYELAMATAN', 1, NULL, 'Kebakaran dan penyelamatan', NULL, 'DAMKAR', 10, TRUE, TRUE, now(), 'sistem'),
  ('KEBAKARAN', 1, 'KEBAKARAN_PENYELAMATAN', 'Kebakaran', 900, 'DAMKAR,DINKES', 11, TRUE, TRUE, now(), 'sistem'),
  ('HEWAN_LIAR', 1, 'KEBAKARAN_PENYELAMATAN', 'Hewan liar', NULL, 'DAMKAR', 12, TRUE, TRUE, now(), 'sistem'),
  ('POHON_TUMBANG', 1, 'KEBAKARAN_PENYELAMATAN', 'Pohon tumbang', NULL, 'DAMKAR,DLH', 13, TRUE, TRUE, now(), 'sistem'),
  ('BENCANA', 1, NULL, 'Bencana alam', NULL, 'BPBD', 20, TRUE, TRUE, now(), 'sistem'),
  ('BANJIR', 1, 'BENCANA', 'Banjir', NULL, 'BPBD,DPUPR', 21, TRUE, TRUE, now(), 'sistem'),
  ('TANAH_LONGSOR', 1, 'BENCANA', 'Tanah longsor', NULL, 'BPBD,DPUPR', 22, TRUE, TRUE, now(), 'sistem'),
  ('GEMPA', 1, 'BENCANA', 'Gempa bumi', NULL, 'BPBD,DINKES', 23, TRUE, TRUE, now(), 'sistem'),
  ('RUMAH_ROBOH', 1, 'BENCANA', 'Rumah roboh', NULL, 'BPBD,DAMKAR', 24, TRUE, TRUE, now(), 'sistem'),
  ('KESEHATAN', 1, NULL, 'Kesehatan', NULL, 'DINKES', 30, TRUE, TRUE, now(), 'sistem'),
  ('MEDIS_DARURAT', 1, 'KESEHATAN', 'Kegawatdaruratan medis', NULL, 'DINKES', 31, TRUE, TRUE, now(), 'sistem'),
  ('AMBULANS', 1, 'KESEHATAN', 'Permintaan ambulans', NULL, 'DINKES', 32, TRUE, TRUE, now(), 'sistem'),
  ('LALU_LINTAS', 1, NULL, 'Lalu lintas', NULL, 'DISHUB', 40, TRUE, TRUE, now(), 'sistem'),
  ('KECELAKAAN_LALU_LINTAS', 1, 'LALU_LINTAS', 'Kecelakaan lalu lintas', NULL, 'DISHUB,DINKES', 41, TRUE, TRUE, now(), 'sistem'),
  ('LAMPU_JALAN', 1, 'LALU_LINTAS', 'Gangguan lampu jalan', NULL, 'DISHUB', 42, TRUE, TRUE, now(), 'sistem'),
  ('KETERTIBAN', 1, NULL, 'Keamanan dan ketertiban', NULL, 'SATPOLPP', 50, TRUE, TRUE, now(), 'sistem'),
  ('KRIMINALITAS', 1, 'KETERTIBAN', 'Kriminalitas', NULL, 'SATPOLPP', 51, TRUE, TRUE, now(), 'sistem'),
  ('ORANG_TERLANTAR', 1, 'KETERTIBAN', 'Orang terlantar / ODGJ', NULL, 'DINSOS,SATPOLPP', 52, TRUE, TRUE, now(), 'sistem'),
  ('PRASARANA', 1, NULL, 'Prasarana kota', NULL, 'DPUPR', 60, TRUE, TRUE, now(), 'sistem'),
  ('GANGGUAN_AIR', 1, 'PRASARANA', 'Gangguan air bersih', NULL, 'DPUPR', 61, TRUE, TRUE, now(), 'sistem'),
  ('SAMPAH_LIMBAH', 1, 'PRASARANA', 'Sampah dan limbah', NULL, 'DLH', 62, TRUE, TRUE, now(), 'sistem');

CREATE SEQUENCE kendali_incident_number_seq;

CREATE TABLE kendali_incident (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number        TEXT NOT NULL UNIQUE,
  type_id       BIGINT NOT NULL REFERENCES kendali_incident_type (id),
  priority      TEXT NOT NULL CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
  latitude      DOUBLE PRECISION CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude     DOUBLE PRECISION CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  kelurahan_id  BIGINT,
  address       TEXT,
  description   TEXT NOT NULL,
  -- When it happened as the caller reported it, next to when the first call came in and when it was recorded.
  reported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('NEW', 'DISPATCHED', 'ON_SCENE', 'RESOLVED', 'CLOSED')),
  disposition   TEXT CHECK (disposition IN ('HANDLED', 'FALSE_REPORT', 'CANCELLED', 'REFERRED')),
  closed_at     TIMESTAMP WITH TIME ZONE,
  CHECK ((status = 'CLOSED') = (disposition IS NOT NULL AND closed_at IS NOT NULL)),
  CHECK (latitude IS NULL = (longitude IS NULL)),
  CHECK (latitude IS NOT NULL OR kelurahan_id IS NOT NULL OR address IS NOT NULL)
);
CREATE INDEX kendali_incident_open_idx ON kendali_incident (received_at) WHERE status <> 'CLOSED';
CREATE INDEX kendali_incident_received_idx ON kendali_incident (received_at);

CREATE TABLE kendali_call (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  -- NULL: the caller hung up before anyone answered (abandoned); such a call has no classification.
  answered_at     TIMESTAMP WITH TIME ZONE,
  caller_number   TEXT,
  caller_name     TEXT,
  channel         TEXT NOT NULL CHECK (channel IN ('PHONE', 'RADIO', 'WALK_IN', 'OTHER')),
  classification  TEXT CHECK (classification IN ('EMERGENCY', 'INFORMATION', 'PRANK', 'GHOST', 'DUPLICATE')),
  incident_id     BIGINT REFERENCES kendali_incident (id),
  call_taker      TEXT NOT NULL,
  notes           TEXT,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK ((answered_at IS NULL) = (classification IS NULL)),
  CHECK (answered_at IS NULL OR answered_at >= received_at),
  CHECK ((classification IN ('EMERGENCY', 'DUPLICATE')) = (incident_id IS NOT NULL))
);
CREATE INDEX kendali_call_received_idx ON kendali_call (received_at);
CREATE INDEX kendali_call_incident_idx ON kendali_call (incident_id) WHERE incident_id IS NOT NULL;

-- Every decision about an incident: created, agency notified/acknowledged/unable/released, corrected, closed.
CREATE TABLE kendali_incident_event (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident_id       BIGINT NOT NULL REFERENCES kendali_incident (id),
  kind              TEXT NOT NULL CHECK (kind IN ('CREATED', 'CALL_ATTACHED', 'AGENCY_NOTIFIED', 'AGENCY_ACKNOWLEDGED',
                      'AGENCY_UNABLE', 'AGENCY_RELEASED', 'CORRECTED', 'CLOSED')),
  agency_id         BIGINT,
  occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by       TEXT NOT NULL,
  reason            TEXT,
  detail            TEXT,
  CHECK (kind NOT LIKE 'AGENCY_%' OR agency_id IS NOT NULL),
  CHECK (kind NOT IN ('AGENCY_UNABLE', 'CORRECTED') OR reason IS NOT NULL)
);
CREATE INDEX kendali_incident_event_incident_idx ON kendali_incident_event (incident_id, id);

-- Vehicles and teams of an agency (an OPD of the directory). Retired, never deleted.
CREATE TABLE kendali_field_unit (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id   BIGINT NOT NULL,
  call_sign   TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('FIRE_ENGINE', 'RESCUE', 'AMBULANCE', 'PATROL', 'TRUCK', 'TEAM', 'OTHER')),
  active      BOOLEAN NOT NULL DEFAULT TRUE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  TEXT NOT NULL,
  retired_at  TIMESTAMP WITH TIME ZONE,
  retired_by  TEXT
);
CREATE INDEX kendali_field_unit_agency_idx ON kendali_field_unit (agency_id);

-- Unit status changes. The current status is derived: the latest effective row of a unit, where a row is
-- effective unless a later row corrects it (corrects_event_id).
CREATE TABLE kendali_unit_event (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  field_unit_id     BIGINT NOT NULL REFERENCES kendali_field_unit (id),
  status            TEXT NOT NULL CHECK (status IN ('AVAILABLE', 'DISPATCHED', 'EN_ROUTE', 'ON_SCENE', 'TRANSPORTING',
                      'RETURNING', 'OUT_OF_SERVICE')),
  incident_id       BIGINT REFERENCES kendali_incident (id),
  occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by       TEXT NOT NULL,
  latitude          DOUBLE PRECISION,
  longitude         DOUBLE PRECISION,
  corrects_event_id BIGINT UNIQUE REFERENCES kendali_unit_event (id),
  reason            TEXT,
  CHECK (corrects_event_id IS NULL OR reason IS NOT NULL)
);
CREATE INDEX kendali_unit_event_unit_idx ON kendali_unit_event (field_unit_id, occurred_at DESC, id DESC);
CREATE INDEX kendali_unit_event_incident_idx ON kendali_unit_event (incident_id) WHERE incident_id IS NOT NULL;

-- One row per status event found stuck too long: the unique key makes the flag (and its event) happen once on
-- any number of nodes.
CREATE TABLE kendali_unit_stale_flag (
  unit_event_id BIGINT PRIMARY KEY REFERENCES kendali_unit_event (id),
  flagged_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE kendali_cctv (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        TEXT NOT NULL,
  latitude    DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude   DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  location    TEXT,
  stream_url  TEXT NOT NULL CHECK (stream_url ~ '^https?://'),
  agency_id   BIGINT,
  active      BOOLEAN NOT NULL DEFAULT TRUE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  TEXT NOT NULL
);

-- The city-wide feed of the wall. Ids are handed out while holding a transaction-level advisory lock, so they
-- become visible in id order: a reader that has seen id n has seen everything below n (no gaps on catch-up).
-- source_key makes a redelivered event a no-op.
CREATE TABLE kendali_feed (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action       TEXT NOT NULL,
  record_type  TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  detail       TEXT,
  source_key   TEXT NOT NULL UNIQUE,
  stored_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
