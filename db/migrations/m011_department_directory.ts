// The department directory as a feature of its own (#3): a merged entry is tombstoned, never deleted,
// and remembers where it went, so a department PC that receives the tombstone can follow it.
// Aliases and group members stay local to the coordinating office (they serve reading documents and
// expanding groups there); the departments rows themselves travel through the change log.
export const m011DepartmentDirectory = `
ALTER TABLE departments ADD COLUMN merged_into TEXT;
`;
