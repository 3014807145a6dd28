-- The audit trail: one row per decision, appended by the audit module when it hears an AuditedEvent.
-- Rows form a hash chain (each row's hash covers its fields and the previous row's hash), so an edited or
-- deleted row is detected by AuditTrail.verify().
--
-- seq is assigned by the application under an advisory lock as "last seq + 1" instead of by a sequence:
-- a sequence is not transactional, so a rolled-back append would leave a gap that looks like a deleted row.
CREATE TABLE audit_entry (
  seq            BIGINT PRIMARY KEY CHECK (seq > 0),
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
  -- SHA-256 of the event's type and content: a redelivered event has the same digest and is not appended twice.
  event_digest   CHAR(64) NOT NULL,
  prev_hash      CHAR(64) NOT NULL,
  hash           CHAR(64) NOT NULL,
  CONSTRAINT audit_entry_event_digest_uk UNIQUE (event_digest)
);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_username, seq);
CREATE INDEX audit_entry_action_idx ON audit_entry (action text_pattern_ops);
CREATE INDEX audit_entry_record_idx ON audit_entry (record_type, record_id);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);

-- The chain head (last seq and hash), written in the same transaction as each append. Without it, deleting the
-- newest rows would leave a shorter but internally consistent chain.
CREATE TABLE audit_chain_head (
  id        SMALLINT PRIMARY KEY CHECK (id = 1),
  last_seq  BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
);

-- Append-only at the database level too: rows cannot be updated or deleted through normal SQL.
CREATE FUNCTION audit_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit trail is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();

-- The head only moves forward and is never deleted.
CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.last_seq <= OLD.last_seq THEN
    RAISE EXCEPTION 'audit chain head can only move forward (% -> %)', OLD.last_seq, NEW.last_seq
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER audit_chain_head_forward
  BEFORE UPDATE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();
CREATE TRIGGER audit_chain_head_no_delete
  BEFORE DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_chain_head_no_truncate
  BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
