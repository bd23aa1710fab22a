// Settings of this installation's workbench (light thresholds, due-date rule, attachment limits, who
// the clerk reports as, font size). Local to one PC, never synced; absent keys mean the built-in default.
export const m020WorkbenchSettings = `
CREATE TABLE progress_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`;
