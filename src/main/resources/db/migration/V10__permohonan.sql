-- Applications (permohonan) for administrative services. An application keeps the id of the service VERSION it
-- was filed under and never re-reads a newer version. Unit ids refer to the directory's tree, account ids to
-- account, file ids to berkas, document ids to dokumen (no foreign keys across modules).
CREATE SEQUENCE permohonan_registration_seq;

CREATE TABLE permohonan (
  id                      UUID PRIMARY KEY,
  account_id              BIGINT NOT NULL,
  -- The key the form (or the API client) generated: a retried or doubled submission finds the same row.
  idempotency_key         UUID NOT NULL,
  service_version_id      BIGINT NOT NULL,
  service_code            TEXT NOT NULL,
  service_name            TEXT NOT NULL,
  permit                  BOOLEAN NOT NULL DEFAULT FALSE,
  unit_id                 BIGINT,
  status                  TEXT NOT NULL CHECK (status IN ('DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DIPROSES', 'DITOLAK', 'SELESAI')),
  step_index              INT,
  step_key                TEXT,
  step_role               TEXT,
  step_started_at         TIMESTAMP WITH TIME ZONE,
  form_values             JSONB NOT NULL DEFAULT '{}'::jsonb,
  corrections             JSONB NOT NULL DEFAULT '{}'::jsonb,
  registration_number     TEXT,
  tracking_code           TEXT,
  budget_working_days     INT NOT NULL DEFAULT 0,
  -- The whole-application SlaClock (calendar module), four components.
  sla_started_at          TIMESTAMP WITH TIME ZONE,
  sla_paused_working_days INT NOT NULL DEFAULT 0,
  sla_paused_at           TIMESTAMP WITH TIME ZONE,
  sla_pause_reason        TEXT,
  -- Indexes for the overdue scan only; shown deadlines are recomputed with the live calendar.
  due_at                  TIMESTAMP WITH TIME ZONE,
  step_due_at             TIMESTAMP WITH TIME ZONE,
  rejection_reason        TEXT,
  inspection_note         TEXT,
  komitmen_note           TEXT,
  document_id             UUID,
  document_number         TEXT,
  issued_on               DATE,
  expires_on              DATE,
  expiry_notified_at      TIMESTAMP WITH TIME ZONE,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  submitted_at            TIMESTAMP WITH TIME ZONE,
  updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at            TIMESTAMP WITH TIME ZONE,
  version                 INT NOT NULL DEFAULT 0,
  CONSTRAINT permohonan_idempotency_uq UNIQUE (account_id, idempotency_key),
  CONSTRAINT permohonan_sla_pause_complete CHECK ((sla_paused_at IS NULL) = (sla_pause_reason IS NULL))
);
CREATE UNIQUE INDEX permohonan_registration_uq ON permohonan (registration_number) WHERE registration_number IS NOT NULL;
CREATE UNIQUE INDEX permohonan_tracking_uq ON permohonan (tracking_code) WHERE tracking_code IS NOT NULL;
CREATE INDEX permohonan_by_account_idx ON permohonan (account_id, created_at DESC);
CREATE INDEX permohonan_inbox_idx ON permohonan (unit_id, status);
CREATE INDEX permohonan_open_due_idx ON permohonan (step_due_at) WHERE status IN ('DIAJUKAN', 'DIPROSES');
CREATE INDEX permohonan_expiry_idx ON permohonan (expires_on) WHERE expires_on IS NOT NULL AND expiry_notified_at IS NULL;

-- The uploaded requirement files; a re-upload replaces the row (the old file stays in the store).
CREATE TABLE permohonan_berkas (
  application_id  UUID NOT NULL REFERENCES permohonan (id),
  requirement_key TEXT NOT NULL,
  file_id         UUID NOT NULL,
  original_name   TEXT NOT NULL,
  media_type      TEXT NOT NULL,
  size_bytes      BIGINT NOT NULL,
  uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (application_id, requirement_key)
);

-- Every decision about an application: who, in which role and unit, when, what, and why.
CREATE TABLE permohonan_riwayat (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id UUID NOT NULL REFERENCES permohonan (id),
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_username TEXT NOT NULL,
  actor_role     TEXT,
  unit_id        BIGINT,
  action         TEXT NOT NULL,
  status_after   TEXT NOT NULL,
  step_key       TEXT,
  reason         TEXT
);
CREATE INDEX permohonan_riwayat_by_application_idx ON permohonan_riwayat (application_id, id);

-- One row per step visit found overdue: the scan emits ApplicationOverdue only when it inserts the row, so two
-- nodes scanning at once emit it once.
CREATE TABLE permohonan_overdue (
  application_id  UUID NOT NULL REFERENCES permohonan (id),
  step_key        TEXT NOT NULL,
  step_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  flagged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (application_id, step_key, step_started_at)
);
