-- Decisions not yet on the chain. The audit module writes a row here in the deciding transaction itself, so every
-- committed decision has its record and a rolled-back one has none; a background step then appends the waiting
-- rows to audit_entry in one transaction per batch (under the append lock) and removes them from here.
CREATE TABLE audit_inbox (
  id             BIGSERIAL PRIMARY KEY,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_username TEXT NOT NULL,
  actor_role     TEXT,
  actor_unit_id  BIGINT,
  action         TEXT NOT NULL,
  record_type    TEXT NOT NULL,
  record_id      TEXT NOT NULL,
  reason         TEXT,
  event_type     TEXT NOT NULL,
  event_digest   CHAR(64) NOT NULL,
  CONSTRAINT audit_inbox_event_digest_uk UNIQUE (event_digest)
);
