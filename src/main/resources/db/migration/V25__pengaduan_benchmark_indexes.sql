-- Indexes the complaint benchmark showed missing once the tables hold a city's history (see docs/benchmarks.md,
-- "Complaint lifecycles over HTTP").

-- The liaison's inbox and tab counts match dispositions by OPD *or* by the unit a report was forwarded to; with an
-- index on each column the planner combines both (BitmapOr) instead of reading every active disposition of the
-- city and filtering.
CREATE INDEX pengaduan_disposisi_assigned ON pengaduan_disposisi (assigned_unit_id, status);

-- The OPD suggester trains on the most recent 20,000 routing decisions that stood: read them newest first from an
-- index instead of joining and sorting every disposition ever made.
CREATE INDEX pengaduan_disposisi_recent ON pengaduan_disposisi (disposed_at DESC) WHERE status <> 'DIKEMBALIKAN';

-- Every disposition notifies the OPD's liaisons through Accounts.staffHolding, whose join of account and role_grant
-- otherwise walks the whole account primary key (every registered citizen) to find the few staff accounts.
CREATE INDEX account_staff ON account (id) WHERE kind = 'STAFF';
