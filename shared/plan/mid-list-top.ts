// A page that starts in the middle of a list of duties (a later page of a web copy, a cut excerpt): its first
// lines, before any numbered heading, are unnumbered duty lines each opened by its unit (`县X局负责…。`,
// `县Y局组织…。`, `县Z局在…期间,负责…。`). They are the list's items, not a notice before the first item.
// Only when such lines, two at least, are ALL the page holds before its first heading (a notice, a title or an
// addressee among them and nothing is taken), and each opens with a unit the reader knows as a department.
// unit-duty-lines.ts reads three such lines anywhere with the stronger verbs; this reads the page's top only,
// with the verbs a duty list opens its lines with. Numbered here so the body reader takes each as an item, at the
// level of the page's first heading (the list's own level is cut off with its head; the next heading is its sibling).
import type { SourceLine } from './body.js';
import { readHeading, type HeadingKind } from './numbering.js';
import { isDepartmentLike } from './unit-names.js';

/** The unit, then a duty verb, or a circumstance (`在…期间,`) and then one. */
const OPENER = /^([\u4e00-\u9fff()()]{2,24}?)(?:要|负责|牵头|承担|组织|协助|配合|会同|做好|抓好|加强|在[^,,。;;]{1,30}[,,]\s*(?:要|负责|牵头|承担|组织|协助|配合|会同|做好|抓好|加强))/;

const opensWithUnit = (text: string): boolean => {
  const t = text.trim();
  if (t.length < 12 || readHeading(t) !== null || !/[。;;]$/.test(t)) return false;
  const unit = OPENER.exec(t)?.[1];
  return unit !== undefined && isDepartmentLike(unit) && !/^(?:各|有关|相关)/.test(unit);
};

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const cnNumber = (n: number): string => (n < 10 ? (CN[n] ?? '') : `${n >= 20 ? (CN[Math.floor(n / 10)] ?? '') : ''}十${CN[n % 10] ?? ''}`);

/** Item `n` numbered as the page's first heading is: the lines cut from the list are that heading's siblings. */
export const numbered = (kind: HeadingKind, n: number): string =>
  kind === 'cn' ? `${cnNumber(n)}、` : kind === 'paren-cn' ? `(${cnNumber(n)})` : kind === 'paren-num' ? `(${n})` : `${n}.`;

export const numberTopDutyLines = (lines: SourceLine[]): SourceLine[] => {
  const first = lines.findIndex((l) => readHeading(l.text.trim()) !== null);
  const kind = readHeading(lines[first]?.text.trim() ?? '')?.kind ?? 'num';
  const top = (first < 0 ? lines : lines.slice(0, first)).filter((l) => l.text.trim().length > 0);
  // A page with no heading at all is no page cut from a list's middle.
  if (first < 0 || top.length < 2 || !top.every((l) => opensWithUnit(l.text))) return lines;
  const at = new Map(top.map((l, k) => [l.line, k + 1]));
  const level = ['cn', 'paren-cn', 'paren-num'].includes(kind) ? kind : 'num';
  // The unit that opens the line leads it, as a `X:` line's does (unit-first.ts): the colon says so.
  const withColon = (text: string): string => {
    const unit = OPENER.exec(text)?.[1] ?? '';
    return `${unit}:${text.slice(unit.length)}`;
  };
  return lines.map((l) => (at.has(l.line) ? { line: l.line, text: `${numbered(level, at.get(l.line) ?? 1)}${withColon(l.text.trim())}` } : l));
};

/**
 * The other edge: the page's last line, unnumbered and opened by its unit (`市X局加强对以上…的指导、督查。`), right
 * after a list of one-line numbered items (two at least, directly above it, each a line of its own) is one more
 * duty of the list, not the last item's second paragraph: that item said all it had on its own line. Numbered as
 * the next of the list, its unit leading.
 */
export const numberClosingDutyLine = (lines: SourceLine[]): SourceLine[] => {
  const filled = lines.map((l, k) => ({ l, k })).filter(({ l }) => l.text.trim().length > 0);
  const last = filled[filled.length - 1];
  if (!last || !opensWithUnit(last.l.text)) return lines;
  const above = filled.slice(0, -1).reverse();
  const first = readHeading(above[0]?.l.text.trim() ?? '');
  if (!first || first.kind !== 'num' || !/[。;;]$/.test(above[0]?.l.text.trim() ?? '')) return lines;
  let run = 0;
  for (const { l } of above) {
    const h = readHeading(l.text.trim());
    if (!h || h.kind !== first.kind || h.number !== first.number - run || !/[。;;]$/.test(l.text.trim())) break;
    run += 1;
  }
  if (run < 2) return lines;
  const unit = OPENER.exec(last.l.text.trim())?.[1] ?? '';
  const text = last.l.text.trim();
  return lines.map((l, k) => (k === last.k ? { line: l.line, text: `${first.number + 1}.${unit}:${text.slice(unit.length)}` } : l));
};
