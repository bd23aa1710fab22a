// Groups expanded to their members (domain.md: 各县(市、区)人民政府, 市直有关单位, 领导小组成员单位 are
// departments too, "expandable to members where known"). A task assigned to a group with known members
// gets one assignment per member, marked with the group it came through, so each member finds the task
// in its own list and may report on it; the document's own assignments keep via_group_id NULL.
export const m012GroupAssignments = `
ALTER TABLE assignments ADD COLUMN via_group_id TEXT REFERENCES departments(id);
`;
