// 联系人: a plain text built-in column of the decomposition table (shared/plan/task-columns.ts).
export const m076TaskContactPerson = `ALTER TABLE tasks ADD COLUMN contact_person TEXT NOT NULL DEFAULT '';`;
