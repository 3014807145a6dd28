-- External CAP feeds (BMKG and others) the platform reads, and what it received from them.
CREATE TABLE peringatan_langganan (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name             TEXT NOT NULL,
  url              TEXT NOT NULL UNIQUE,
  active           BOOLEAN NOT NULL DEFAULT TRUE,
  interval_minutes INT NOT NULL DEFAULT 5 CHECK (interval_minutes BETWEEN 1 AND 1440),
  -- Claimed with FOR UPDATE SKIP LOCKED and moved forward before fetching, so one node fetches a feed per round.
  next_fetch_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_fetched_at  TIMESTAMP WITH TIME ZONE,
  last_ok          BOOLEAN,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       TEXT NOT NULL
);

CREATE INDEX peringatan_langganan_due_idx ON peringatan_langganan (next_fetch_at) WHERE active;

CREATE TABLE peringatan_eksternal (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subscription_id  BIGINT REFERENCES peringatan_langganan (id),
  source_url       TEXT NOT NULL,
  sender           TEXT NOT NULL,
  identifier       TEXT NOT NULL,
  sent             TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_text        TEXT NOT NULL,
  status           TEXT NOT NULL,
  msg_type         TEXT NOT NULL,
  scope            TEXT NOT NULL,
  event            TEXT,
  headline         TEXT,
  description      TEXT,
  instruction      TEXT,
  severity         TEXT,
  urgency          TEXT,
  certainty        TEXT,
  area_desc        TEXT,
  expires          TIMESTAMP WITH TIME ZONE,
  received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  xml              TEXT NOT NULL,
  -- A CAP message is identified by sender, identifier and sent: the same message from two feeds is stored once.
  UNIQUE (sender, identifier, sent)
);

CREATE INDEX peringatan_eksternal_source_idx ON peringatan_eksternal (source_url);

-- The messages an external Update or Cancel references, so superseded and cancelled alerts leave the in-force list.
CREATE TABLE peringatan_eksternal_ref (
  external_id      BIGINT NOT NULL REFERENCES peringatan_eksternal (id),
  ref_sender       TEXT NOT NULL,
  ref_identifier   TEXT NOT NULL
);

CREATE INDEX peringatan_eksternal_ref_idx ON peringatan_eksternal_ref (ref_sender, ref_identifier);

CREATE TABLE peringatan_fetch_error (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subscription_id  BIGINT NOT NULL REFERENCES peringatan_langganan (id),
  occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  url              TEXT NOT NULL,
  code             TEXT NOT NULL,
  detail           TEXT
);

CREATE INDEX peringatan_fetch_error_sub_idx ON peringatan_fetch_error (subscription_id, occurred_at DESC);
