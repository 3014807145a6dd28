-- Files kept in the database: an upload is saved in the same transaction as the record that references it, and
-- every application node sees the same files. The FileStore interface is the seam for object storage later.
CREATE TABLE stored_file (
  id            UUID PRIMARY KEY,
  original_name TEXT NOT NULL,
  media_type    TEXT NOT NULL,
  size          BIGINT NOT NULL CHECK (size > 0),
  sha256        CHAR(64) NOT NULL,
  content       BYTEA NOT NULL,
  stored_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
