// A bracket that says who answers in two sentences: first the departments with a verb, then a bare 责任单位
// list — `〔市发展改革委、市水利局等按职责分工负责。责任单位:各县(市、区)人民政府〕`, `(X牵头;责任单位:A、B)`.
// The verb's units lead; the 责任单位 list names the places or units that carry it out with them, so they take
// part, as a 责任单位 line under a 牵头单位 line does. Read alone, the label would make its first unit the lead
// and drop the departments the sentence names.
import { labelledClause } from './labelled-clause.js';
import { parseLeadVerbForm } from './lead-verbs.js';
import type { Responsibility } from './responsibility.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

const BARE_LABEL = /^(?:责任单位|责任部门|落实单位|实施单位)[::]/;

export const verbThenBareList = (text: string, cutOff: boolean): Responsibility | null => {
  const parts = text.split(/[。;;]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const labelAt = parts.findIndex((p) => BARE_LABEL.test(p));
  if (labelAt <= 0) return null;
  const before = parts.slice(0, labelAt);
  if (before.some((p) => /[::]/.test(p))) return null;
  const verb = parseLeadVerbForm(before.join(','), cutOff);
  const listed = labelledClause(parts[labelAt] ?? '');
  if (!verb || verb.leads.length === 0 || verb.isLeadInferred || !listed?.isLeadInferred) return null;
  const leads = verb.leads;
  const participants = [...new Set([...verb.participants, ...listed.leads, ...listed.participants])].filter((u) => !leads.includes(u));
  return { leads, participants, isLeadInferred: false, ...(verb.isShared ? { isShared: true } : {}) };
};

// `(X牵头各行政机关负责)`: the comma after 牵头 left out. Put back only where both sides are unit lists, so a
// sentence that goes on after 牵头 (`X牵头抓总`, `X牵头组织实施`) stays as it is.
const GLUED_LEAD = /^([^,,;;。]{2,60}?)牵头([^,,;;。]{2,60}?)(负责|配合|参与|协助|协同|落实)$/;
const allUnits = (text: string): boolean => {
  const names = splitUnitList(text);
  return names.length > 0 && names.every(isDepartmentLike);
};

export const commaAfterGluedLead = (text: string): string => {
  const m = GLUED_LEAD.exec(text.trim());
  if (!m?.[1] || !m[2] || !allUnits(m[1]) || !allUnits(m[2])) return text;
  return `${m[1]}牵头,${m[2]}${m[3] ?? ''}`;
};
