-- The notification outbox: every message is rendered and stored here in the sender's transaction, then
-- delivered by the dispatcher (on any node; rows are claimed with FOR UPDATE SKIP LOCKED). In demo mode without
-- SMTP, messages stay here with status KOTAK_KELUAR so administrators can read what citizens would receive.
CREATE TABLE notification_message (
  id              UUID PRIMARY KEY,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  channel         TEXT NOT NULL CHECK (channel IN ('EMAIL', 'WHATSAPP', 'SMS')),
  recipient       TEXT NOT NULL,
  template        TEXT NOT NULL,
  locale          TEXT NOT NULL,
  subject         TEXT NOT NULL,
  body            TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'KOTAK_KELUAR')),
  attempts        INT NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at TIMESTAMP WITH TIME ZONE,
  last_attempt_at TIMESTAMP WITH TIME ZONE,
  sent_at         TIMESTAMP WITH TIME ZONE,
  -- A short technical reason, never addresses or message text.
  last_error      TEXT,
  CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL)
);
CREATE INDEX notification_message_due_idx ON notification_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_message_created_idx ON notification_message (created_at DESC);
