// A division of work printed under a numbered item that announces it (`5、各部门要各司其职…。其职责分工为:` /
// `区某某部:制订…。` / `教委:负责…。` / `城管科:负责…。`): each `X:…` line is a duty of its own, its unit before the
// colon leading it. Under a section heading unit-duty-lines.ts numbers such lines as the section's items; under a
// numbered item they are its siblings here — numbered on from the item that announces them — since the body reader
// takes the childless siblings of items with children for headings. The unit may have a suffix the reader has no
// list for (科, 站, 台, 团委…): the shape says it is a unit — an announcing item, then three lines at least,
// each `X:` with work after it, two of them opening with a duty's verb.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { unitFirstClause } from './unit-first.js';
import { DUTY_VERBS, unitThenDuty } from './unit-duty-lines.js';

// The item ends by announcing the split: `其职责分工为:`, `具体分工如下:`, `各单位职责如下:`.
const ANNOUNCES = /(分工|职责|职能)[^::。;,]{0,4}[::]\s*$/;
const UNIT_LINE = /^[^::。;,,]{2,20}[::]\s*\S/;
const DUTY_AFTER = unitThenDuty('[^::]{2,20}', DUTY_VERBS);
const SIBLING_KINDS = new Set(['num', 'paren-num']);

const isUnitLine = (text: string): boolean =>
  readHeading(text) === null && UNIT_LINE.test(text) && unitFirstClause(text) !== null && (unitFirstClause(text)?.responsibility.leads.length ?? 0) >= 1;

export const numberDutySiblings = (lines: SourceLine[]): SourceLine[] => {
  const renumbered = new Map<number, string>();
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]?.text.trim() ?? '';
    const head = readHeading(text);
    if (!head || !SIBLING_KINDS.has(head.kind) || !ANNOUNCES.test(text)) continue;
    let end = i;
    while (end + 1 < lines.length && isUnitLine(lines[end + 1]?.text.trim() ?? '')) end += 1;
    const run = lines.slice(i + 1, end + 1).map((l) => l.text.trim());
    if (run.length < 3 || run.filter((t) => DUTY_AFTER.test(t)).length < 2) continue;
    const code = text.slice(0, text.length - head.rest.length).trim();
    const digits = String(head.number);
    const at = code.indexOf(digits);
    if (at < 0) continue;
    run.forEach((t, k) => renumbered.set(i + 1 + k, `${code.slice(0, at)}${head.number + k + 1}${code.slice(at + digits.length)}${t}`));
    i = end;
  }
  if (renumbered.size === 0) return lines;
  return lines.map((l, k) => (renumbered.has(k) ? { line: l.line, text: renumbered.get(k) ?? l.text } : l));
};
