// Conflict decisions that stick (sync.md step 4): the version a person chose for a row, named by its
// writer and version number. Once a row is decided, the fixed "larger origin shows" rule no longer applies
// to it: a later change continuing the decided version applies, any other becomes a new conflict.
export const m031SyncDecisions = `
CREATE TABLE sync_decisions (
  table_name  TEXT NOT NULL,
  pk          TEXT NOT NULL,
  origin_id   TEXT NOT NULL,
  row_version INTEGER NOT NULL,
  decided_at  TEXT NOT NULL,
  PRIMARY KEY (table_name, pk)
) STRICT;
`;
