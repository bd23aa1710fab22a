// Roll-ups an upper office verified and can open. Each one's content (the lower office's plan, reviews and
// its departments' reports) lives in its own SQLite file under the data folder (files/rollups/<id>.sqlite),
// opened read-only; this table is the list by sender and period. The file can always be rebuilt from the
// stored roll-up package, so it is a cache of verified content, never the record.
export const m058RollupViews = `
CREATE TABLE rollup_views (
  package_id         TEXT PRIMARY KEY,
  sender_origin_id   TEXT NOT NULL,
  sender_name        TEXT NOT NULL,
  sender_fingerprint TEXT NOT NULL,
  period_id          TEXT NOT NULL DEFAULT '',
  period_label       TEXT NOT NULL DEFAULT '',
  plan_title         TEXT NOT NULL DEFAULT '',
  task_count         INTEGER NOT NULL DEFAULT 0,
  report_count       INTEGER NOT NULL DEFAULT 0,
  inner_count        INTEGER NOT NULL DEFAULT 0,
  sender_seq         INTEGER NOT NULL DEFAULT 0,
  created_at         TEXT NOT NULL,
  imported_at        TEXT NOT NULL
) STRICT;
CREATE INDEX rollup_views_by_sender ON rollup_views(sender_name, period_id);
`;
