// Package sync bookkeeping (../shared/docs/sync.md). None of these tables travel in packages: they record
// what this installation knows about its peers and what it has received, so every rule at import time
// (enrolled key, watermark, already imported, conflicts, refusals) is decided from data, never from clocks.
export const m030Sync = `
-- Installations whose packages we accept, with the key pinned at enrolment (after the fingerprint was
-- compared over the phone). A revoked key stays listed so its packages are refused with a reason.
CREATE TABLE sync_peers (
  origin_id      TEXT PRIMARY KEY,
  public_key     TEXT NOT NULL,
  fingerprint    TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('office', 'department')),
  department_id  TEXT,
  name           TEXT NOT NULL DEFAULT '',
  enrolled_at    TEXT NOT NULL,
  revoked_at     TEXT,
  revoke_reason  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX sync_peers_by_department ON sync_peers(department_id);

-- Highest change-log seq applied here from each origin: packages at or below it are "older", a
-- package starting above it + 1 leaves a gap and is refused naming the missing range.
CREATE TABLE sync_watermarks (
  origin_id TEXT PRIMARY KEY,
  seq       INTEGER NOT NULL CHECK (seq >= 0)
) STRICT;

-- Highest of OUR seqs a peer has confirmed receiving: exports start after it (cumulative, so a lost
-- stick never leaves a gap).
CREATE TABLE sync_acks (
  peer_origin_id TEXT PRIMARY KEY,
  seq            INTEGER NOT NULL CHECK (seq >= 0)
) STRICT;

-- Every package applied here, by id: importing the same file again is "already imported".
CREATE TABLE sync_packages (
  package_id    TEXT PRIMARY KEY,
  kind          TEXT NOT NULL,
  from_origin   TEXT NOT NULL,
  to_origin     TEXT,
  seq_from      INTEGER NOT NULL,
  seq_to        INTEGER NOT NULL,
  file_name     TEXT NOT NULL DEFAULT '',
  file_sha256   TEXT NOT NULL,
  created_at    TEXT NOT NULL DEFAULT '',
  imported_at   TEXT NOT NULL,
  applied       INTEGER NOT NULL DEFAULT 0,
  skipped       INTEGER NOT NULL DEFAULT 0,
  conflicts     INTEGER NOT NULL DEFAULT 0,
  refused       INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Packages we made, for the record (what went to whom, which range).
CREATE TABLE sync_exports (
  package_id  TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  to_origin   TEXT,
  to_department_id TEXT,
  seq_from    INTEGER NOT NULL,
  seq_to      INTEGER NOT NULL,
  changes     INTEGER NOT NULL,
  file_name   TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;

-- Conflicts hold both versions: the row in the domain table is one side, each other writer's latest
-- version of the same row is kept here until a person decides. Nothing is discarded.
CREATE TABLE sync_conflicts (
  table_name   TEXT NOT NULL,
  pk           TEXT NOT NULL,
  origin_id    TEXT NOT NULL,
  row_version  INTEGER NOT NULL,
  base_version INTEGER NOT NULL,
  row_json     TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  decision     TEXT CHECK (decision IN ('keep', 'take')),
  replaced_json TEXT,
  decided_at   TEXT,
  PRIMARY KEY (table_name, pk, origin_id)
) STRICT;

-- Changes outside the sender's authority: recorded with the reason, never applied.
CREATE TABLE sync_refused (
  origin_id   TEXT NOT NULL,
  seq         INTEGER NOT NULL,
  package_id  TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  pk          TEXT NOT NULL,
  reason      TEXT NOT NULL,
  row_json    TEXT NOT NULL,
  PRIMARY KEY (origin_id, seq)
) STRICT;
`;
