-- Where each node-local cache stands (the unit tree, the holiday calendar, the complaint categories): a row per
-- cache, set from cache_revision_seq in the same transaction as every change to what the cache holds. A request
-- reads all rows with one query and each cache reloads only when its revision moved, so a change committed on any
-- node is seen by every node on its next request. Sequence values are never reused (not even after a rollback), so
-- a revision seen inside a rolled-back transaction never comes back.
-- Replaces directory_revision and calendar_revision, which cost one query each per request.
CREATE SEQUENCE cache_revision_seq;
CREATE TABLE cache_revision (
  name     TEXT PRIMARY KEY,
  revision BIGINT NOT NULL
);
INSERT INTO cache_revision (name, revision) VALUES
  ('directory', nextval('cache_revision_seq')),
  ('calendar', nextval('cache_revision_seq')),
  ('pengaduan-kategori', nextval('cache_revision_seq'));
DROP TABLE directory_revision;
DROP SEQUENCE directory_revision_seq;
DROP TABLE calendar_revision;
DROP SEQUENCE calendar_revision_seq;
