// Sync as real offices live it (issues 16, 22): sync_peers.enrol_order, the order keys were enrolled in,
// so "the unit's current key" never depends on enrolled_at, a clock reading (an office clock a year behind
// kept addressing the old PC). rowid is not used: VACUUM may renumber it on a table without an INTEGER
// PRIMARY KEY.
export const m053SyncLineage = `
ALTER TABLE sync_peers ADD COLUMN enrol_order INTEGER NOT NULL DEFAULT 0;
UPDATE sync_peers SET enrol_order = rowid;
`;
