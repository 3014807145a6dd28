-- The city's CAP 1.2 messages (Alert, Update, Cancel). Every row is a published document and never changes: the
-- state of a warning is read from the latest message of its chain (root_identifier, chain_position).
CREATE SEQUENCE peringatan_identifier_seq;

CREATE TABLE peringatan_alert (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  identifier       TEXT NOT NULL UNIQUE,
  sender           TEXT NOT NULL,
  -- The instant, and the exact CAP text of it (with the city's offset) that references must repeat.
  sent             TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_text        TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('Actual', 'Exercise', 'System', 'Test', 'Draft')),
  msg_type         TEXT NOT NULL CHECK (msg_type IN ('Alert', 'Update', 'Cancel')),
  scope            TEXT NOT NULL CHECK (scope IN ('Public', 'Restricted', 'Private')),
  note             TEXT,
  references_text  TEXT,
  root_identifier  TEXT NOT NULL,
  chain_position   INT NOT NULL CHECK (chain_position >= 0),
  categories       TEXT NOT NULL,
  event            TEXT NOT NULL,
  urgency          TEXT NOT NULL,
  severity         TEXT NOT NULL,
  certainty        TEXT NOT NULL,
  headline         TEXT NOT NULL,
  description      TEXT NOT NULL,
  instruction      TEXT,
  effective        TIMESTAMP WITH TIME ZONE,
  onset            TIMESTAMP WITH TIME ZONE,
  expires          TIMESTAMP WITH TIME ZONE NOT NULL,
  published_by     TEXT NOT NULL,
  published_role   TEXT,
  xml              TEXT NOT NULL,
  -- Two people updating the same warning at once: the second insert fails instead of forking the chain.
  UNIQUE (root_identifier, chain_position),
  CHECK ((msg_type = 'Alert') = (chain_position = 0))
);

CREATE INDEX peringatan_alert_root_idx ON peringatan_alert (root_identifier, chain_position DESC);
CREATE INDEX peringatan_alert_sent_idx ON peringatan_alert (sent DESC);

CREATE TABLE peringatan_area (
  alert_id       BIGINT NOT NULL REFERENCES peringatan_alert (id),
  position       INT NOT NULL,
  area_desc      TEXT NOT NULL,
  -- One CAP polygon / circle per line.
  polygons       TEXT NOT NULL DEFAULT '',
  circles        TEXT NOT NULL DEFAULT '',
  geocode_name   TEXT,
  geocode_value  TEXT,
  PRIMARY KEY (alert_id, position)
);

-- Published documents are immutable: updates and cancellations are new messages that reference them.
CREATE FUNCTION peringatan_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published CAP messages are immutable (%)', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER peringatan_alert_immutable BEFORE UPDATE OR DELETE ON peringatan_alert
  FOR EACH ROW EXECUTE FUNCTION peringatan_immutable();
CREATE TRIGGER peringatan_area_immutable BEFORE UPDATE OR DELETE ON peringatan_area
  FOR EACH ROW EXECUTE FUNCTION peringatan_immutable();
