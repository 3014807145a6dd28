-- Set from pengaduan_kategori_revision_seq in the same transaction as every change to pengaduan_kategori, so each
-- node can tell with one primary-key read whether its cached category tree is still current (the scheme of
-- directory_revision and calendar_revision).
CREATE SEQUENCE pengaduan_kategori_revision_seq;
CREATE TABLE pengaduan_kategori_revision (
  id       SMALLINT PRIMARY KEY CHECK (id = 1),
  revision BIGINT NOT NULL
);
INSERT INTO pengaduan_kategori_revision (id, revision) VALUES (1, nextval('pengaduan_kategori_revision_seq'));
