-- Complaints (pengaduan): categories, reports, dispositions, the append-only action log, attachments, support,
-- guest e-mail verification and escalation markers.

CREATE TABLE pengaduan_kategori (
  id               BIGSERIAL PRIMARY KEY,
  code             TEXT NOT NULL UNIQUE,
  parent_code      TEXT REFERENCES pengaduan_kategori (code),
  name             TEXT NOT NULL,
  description      TEXT NOT NULL DEFAULT '',
  keywords         TEXT NOT NULL DEFAULT '',
  -- An OPD short code (directory unit code) so the seed does not depend on generated unit ids.
  default_opd_code TEXT,
  related_codes    TEXT NOT NULL DEFAULT '',
  sort_order       INT NOT NULL DEFAULT 0,
  active           BOOLEAN NOT NULL DEFAULT TRUE,
  version          INT NOT NULL DEFAULT 1,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

CREATE SEQUENCE pengaduan_nomor_seq;

CREATE TABLE pengaduan (
  id                      UUID PRIMARY KEY,
  tracking_number         TEXT NOT NULL UNIQUE,
  channel                 TEXT NOT NULL,
  idempotency_key         TEXT NOT NULL,
  kind                    TEXT NOT NULL,
  category_code           TEXT NOT NULL REFERENCES pengaduan_kategori (code),
  category_name           TEXT NOT NULL,
  title                   TEXT NOT NULL,
  description             TEXT NOT NULL,
  latitude                DOUBLE PRECISION,
  longitude               DOUBLE PRECISION,
  kelurahan_id            BIGINT,
  address                 TEXT,
  anonim                  BOOLEAN NOT NULL,
  rahasia                 BOOLEAN NOT NULL,
  reporter_account_id     BIGINT,
  reporter_name           TEXT,
  reporter_email          TEXT,
  reporter_phone          TEXT,
  media_url               TEXT,
  status                  TEXT NOT NULL,
  stage_seq               INT NOT NULL DEFAULT 0,
  escalation_level        INT NOT NULL DEFAULT 0,
  sla_started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  sla_paused_working_days INT NOT NULL DEFAULT 0,
  sla_paused_at           TIMESTAMP WITH TIME ZONE,
  sla_pause_reason        TEXT,
  budget_working_days     INT NOT NULL,
  -- The current stage's deadline (NULL while paused or closed) for queues; due_at is when the deadline scan
  -- must look at the report next (the deadline, then the second escalation level).
  deadline_at             TIMESTAMP WITH TIME ZONE,
  due_at                  TIMESTAMP WITH TIME ZONE,
  -- Lets a guest reporter (no account) act on their own report from the link in their e-mail.
  reporter_token          TEXT,
  status_note             TEXT,
  question                TEXT,
  duplicate_of            UUID REFERENCES pengaduan (id),
  submitted_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  disposed_at             TIMESTAMP WITH TIME ZONE,
  first_response_at       TIMESTAMP WITH TIME ZONE,
  answered_at             TIMESTAMP WITH TIME ZONE,
  answered_on_time        BOOLEAN,
  closed_at               TIMESTAMP WITH TIME ZONE,
  reopened_count          INT NOT NULL DEFAULT 0,
  rating                  INT CHECK (rating BETWEEN 1 AND 5),
  rating_comment          TEXT,
  support_count           INT NOT NULL DEFAULT 0,
  version                 INT NOT NULL DEFAULT 0,
  -- Concurrent retries of one submission meet here: exactly one row wins.
  CONSTRAINT pengaduan_idempotency UNIQUE (channel, idempotency_key),
  CHECK (kind IN ('PENGADUAN', 'ASPIRASI', 'PERMINTAAN_INFORMASI'))
);

-- Queues and deadline scans look at open reports by due date; the public list filters and sorts by update time.
CREATE INDEX pengaduan_open_due ON pengaduan (due_at) WHERE closed_at IS NULL;
CREATE INDEX pengaduan_open_deadline ON pengaduan (deadline_at) WHERE closed_at IS NULL;
CREATE INDEX pengaduan_status_submitted ON pengaduan (status, submitted_at DESC);
CREATE INDEX pengaduan_public_updated ON pengaduan (updated_at DESC) WHERE NOT rahasia;
CREATE INDEX pengaduan_category ON pengaduan (category_code, submitted_at DESC);
CREATE INDEX pengaduan_kelurahan ON pengaduan (kelurahan_id, submitted_at DESC);
CREATE INDEX pengaduan_reporter ON pengaduan (reporter_account_id, submitted_at DESC) WHERE reporter_account_id IS NOT NULL;

CREATE TABLE pengaduan_disposisi (
  complaint_id      UUID NOT NULL REFERENCES pengaduan (id),
  opd_id            BIGINT NOT NULL,
  status            TEXT NOT NULL,
  assigned_unit_id  BIGINT NOT NULL,
  assigned_username TEXT,
  disposed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  accepted_at       TIMESTAMP WITH TIME ZONE,
  answered_at       TIMESTAMP WITH TIME ZONE,
  routed_by         TEXT NOT NULL,
  PRIMARY KEY (complaint_id, opd_id),
  CHECK (status IN ('DIDISPOSISI', 'DITERIMA', 'DIJAWAB', 'DIKEMBALIKAN'))
);

CREATE INDEX pengaduan_disposisi_opd ON pengaduan_disposisi (opd_id, status);

-- Every action: who, when, what and why. Rows are never changed or removed.
CREATE TABLE pengaduan_aksi (
  id             BIGSERIAL PRIMARY KEY,
  complaint_id   UUID NOT NULL REFERENCES pengaduan (id),
  at             TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_username TEXT NOT NULL,
  actor_role     TEXT,
  actor_unit_id  BIGINT,
  action         TEXT NOT NULL,
  status_after   TEXT NOT NULL,
  opd_id         BIGINT,
  public_text    TEXT,
  internal_text  TEXT,
  is_public      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE INDEX pengaduan_aksi_complaint ON pengaduan_aksi (complaint_id, id);
CREATE INDEX pengaduan_aksi_public ON pengaduan_aksi (at) WHERE is_public;

CREATE FUNCTION pengaduan_aksi_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'pengaduan_aksi is append-only';
END;
$$;

CREATE TRIGGER pengaduan_aksi_no_change BEFORE UPDATE OR DELETE ON pengaduan_aksi
  FOR EACH ROW EXECUTE FUNCTION pengaduan_aksi_append_only();

CREATE TABLE pengaduan_berkas (
  file_id       UUID PRIMARY KEY,
  complaint_id  UUID NOT NULL REFERENCES pengaduan (id),
  action_id     BIGINT REFERENCES pengaduan_aksi (id),
  original_name TEXT NOT NULL,
  media_type    TEXT NOT NULL,
  added_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX pengaduan_berkas_complaint ON pengaduan_berkas (complaint_id);

-- "Saya juga mengalami": one per citizen account or browser session.
CREATE TABLE pengaduan_dukungan (
  complaint_id UUID NOT NULL REFERENCES pengaduan (id),
  supporter    TEXT NOT NULL,
  at           TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (complaint_id, supporter)
);

-- A guest's report waits here until the e-mailed code is confirmed; only then does it become a report.
CREATE TABLE pengaduan_tamu (
  id          UUID PRIMARY KEY,
  email       TEXT NOT NULL,
  code_hash   TEXT NOT NULL,
  submission  JSONB NOT NULL,
  file_ids    TEXT NOT NULL DEFAULT '',
  attempts    INT NOT NULL DEFAULT 0,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  complaint_id UUID
);

-- One row per (report, deadline cycle, level): each overdue/escalation event is emitted once, on any node.
CREATE TABLE pengaduan_eskalasi (
  complaint_id UUID NOT NULL REFERENCES pengaduan (id),
  stage_seq    INT NOT NULL,
  level        INT NOT NULL,
  at           TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (complaint_id, stage_seq, level)
);
