// A division of work printed one unit a line with no numbers (`二、明确部门责任分工` / `县商务局:负责…。` /
// `县交通运输局:负责…。`): each line is an item of its own, its unit before the colon leading it (as a numbered
// `1.县商务局:…` is read by unit-first.ts). Numbered here so the body reader takes each line as an item.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { unitFirstClause } from './unit-first.js';

// Work follows the colon: a duty's verb, not a field's value (`联系人:张三`).
const DUTY_AFTER = /^[^::]{2,40}[::]\s*(负责|牵头|承担|会同|配合|协助|指导|组织|做好|抓好|加强|推进|落实)/;
// Under a section (一、/(一)/第一章) or at the top: under a `1.` item the lines are that item's own points.
const SECTION_KINDS = new Set(['chapter', 'cn', 'ordinal', 'paren-cn']);

const isUnitDuty = (text: string): boolean => readHeading(text.trim()) === null && DUTY_AFTER.test(text.trim()) && unitFirstClause(text) !== null;

export const numberUnitDutyLines = (lines: SourceLine[]): SourceLine[] => {
  const numbered = new Map<number, number>();
  let i = 0;
  while (i < lines.length) {
    if (!isUnitDuty(lines[i]?.text ?? '')) {
      i += 1;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && isUnitDuty(lines[end + 1]?.text ?? '')) end += 1;
    const above = lines.slice(0, i).map((l) => readHeading(l.text.trim())).filter((h) => h !== null).pop();
    if (end > i && (!above || SECTION_KINDS.has(above.kind))) for (let k = i; k <= end; k += 1) numbered.set(k, k - i + 1);
    i = end + 1;
  }
  if (numbered.size === 0) return lines;
  return lines.map((l, k) => (numbered.has(k) ? { line: l.line, text: `${numbered.get(k) ?? 1}.${l.text.trim()}` } : l));
};
