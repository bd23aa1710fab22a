// Leaf tasks are found by "no child points at me" (db/reports/facts.ts, the task table): without an index
// on parent_id that test scans the whole tasks table once per task, so its cost grew with the square of
// the plan (166 ms at 2,000 tasks, 4.25 s at 10,000; issue 18). With the index it is one lookup per task.
export const m063TaskChildren = `
CREATE INDEX tasks_by_parent ON tasks(parent_id);
`;
