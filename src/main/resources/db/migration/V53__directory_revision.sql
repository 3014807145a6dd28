-- Set from directory_revision_seq in the same transaction as every change to directory_unit, so each node can tell
-- with one primary-key read whether its cached tree of units is still current (the same scheme as
-- calendar_revision). Sequence values are never reused, so a revision seen inside a rolled-back transaction never
-- comes back.
CREATE SEQUENCE directory_revision_seq;
CREATE TABLE directory_revision (
  id       SMALLINT PRIMARY KEY CHECK (id = 1),
  revision BIGINT NOT NULL
);
INSERT INTO directory_revision (id, revision) VALUES (1, nextval('directory_revision_seq'));
