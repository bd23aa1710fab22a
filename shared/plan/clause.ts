// Finds the responsibility clause inside a task's text: `(责任单位:…)`, `[牵头单位:X;配合单位:Y]`,
// `(预期性指标,牵头单位:X;责任单位:Y)`, a trailing `牵头单位:X` line, or `(市发改委牵头,市财政局配合)`.
import { splitDepartmentNames } from './department-names.js';
import { parseResponsibility, type Responsibility } from './responsibility.js';
import { foldPunctuation } from './text.js';

const OPEN = '(([〔【';
const CLOSE = '))]〕】';

const LABEL = /(牵\s*头|参\s*与|配\s*合|协\s*同|协\s*办|主\s*办|责\s*任)\s*(单\s*位|部\s*门|责任单位)?\s*[::]/;

/** Ends like a unit's name: 局, 委, 办, 政府, 中心 … (used to accept `X牵头` forms only for real names). */
const UNIT_END = /(局|委|办|院|厅|政府|部|中心|处|会|所|队|行|司|馆|站|公司|单位|部门|集团|分局|机构|办公室|委员会|小组|海关|法院|检察院|团市委|总工会|妇联|科协|工商联|残联|银行|社)$/;

export const isDepartmentLike = (name: string): boolean => name.length >= 2 && name.length <= 30 && UNIT_END.test(name);

type Group = { start: number; end: number; inner: string };

/** Top-level bracket groups of a text, nested brackets kept inside (各县(市、区)人民政府). */
const bracketGroups = (text: string): Group[] => {
  const groups: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (OPEN.includes(ch)) {
      if (depth === 0) start = i;
      depth += 1;
    } else if (CLOSE.includes(ch) && depth > 0) {
      depth -= 1;
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return groups;
};

/** `市发改委牵头,市财政局、市商务局配合` → leads and participants; null when it is not that form. */
export const parseLeadVerbForm = (text: string): Responsibility | null => {
  const m = /^(.+?)(?:共同)?牵头(?:负责)?[,,;;、]?(.*)$/.exec(text.trim());
  if (!m) {
    const only = /^(.+?)(?:按职责分工)?负责(?:落实)?$/.exec(text.trim());
    const names = only?.[1] ? splitDepartmentNames(only[1]) : [];
    if (names.length > 0 && names.every(isDepartmentLike)) return { leads: names.slice(0, 1), participants: names.slice(1), isLeadInferred: true };
    return null;
  }
  const leads = splitDepartmentNames(m[1] ?? '');
  if (leads.length === 0 || !leads.every(isDepartmentLike)) return null;
  const rest = (m[2] ?? '').replace(/(等)?(部门|单位)?(按职责分工)?(配合|参与|负责|协同|协助|共同推进|落实)+[。.]?$/, '');
  const participants = rest ? splitDepartmentNames(rest).filter(isDepartmentLike) : [];
  return { leads, participants, isLeadInferred: false };
};

const DEADLINE_SEGMENT = /[,,;;]?\s*(完成时限|完成时间|完成期限|时间节点|时限要求|时间要求)\s*[::][^;;))\]]*/g;

/** Parses a labelled clause after removing deadline segments that share its brackets. */
const parseLabelled = (text: string): Responsibility => {
  const r = parseResponsibility(text.replace(DEADLINE_SEGMENT, ''));
  const keep = (names: string[]): string[] => names.filter((n) => !/[::]/.test(n) && n.length <= 40);
  return { ...r, leads: keep(r.leads), participants: keep(r.participants) };
};

export type Clause = { responsibility: Responsibility; rest: string; raw: string };

const hasNames = (r: Responsibility): boolean => r.leads.length + r.participants.length > 0;

/** Finds the (last) responsibility clause of a task text; `rest` is the text without it. */
export const findResponsibilityClause = (raw: string): Clause | null => {
  const text = foldPunctuation(raw);
  const groups = bracketGroups(text);
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const g = groups[i];
    if (!g) continue;
    let responsibility: Responsibility | null = null;
    if (LABEL.test(g.inner)) {
      // "(预期性指标,牵头单位:X…)": start at the first label.
      const at = LABEL.exec(g.inner)?.index ?? 0;
      responsibility = parseLabelled(g.inner.slice(at));
    } else if (/牵头|负责$/.test(g.inner)) {
      responsibility = parseLeadVerbForm(g.inner);
    }
    if (responsibility && hasNames(responsibility)) {
      return { responsibility, rest: (text.slice(0, g.start) + text.slice(g.end)).trim(), raw: text.slice(g.start, g.end) };
    }
  }
  // Labels outside brackets, on their own lines at the end or after a sentence end:
  // "…。牵头单位:X;配合单位:Y", or "牵头单位:X" and "配合单位:Y" on two lines.
  const lines = text.split('\n');
  const startsWithLabel = (line: string): boolean => LABEL.exec(line.trim())?.index === 0;
  let first = lines.length;
  while (first > 0 && startsWithLabel(lines[first - 1] ?? '')) first -= 1;
  if (first < lines.length) {
    const raw = lines.slice(first).join(';');
    const responsibility = parseLabelled(raw);
    if (hasNames(responsibility)) return { responsibility, rest: lines.slice(0, first).join('\n').trim(), raw: lines.slice(first).join('\n') };
  }
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i] ?? '';
    const m = LABEL.exec(line);
    if (!m) continue;
    // Only a label that follows a sentence end; a label mid-sentence is prose.
    const before = line.slice(0, m.index).trim();
    if (before.length > 0 && !/[。;!?]$/.test(before)) continue;
    const responsibility = parseLabelled(line.slice(m.index));
    if (!hasNames(responsibility)) continue;
    const rest = [...lines.slice(0, i), before].join('\n').trim();
    return { responsibility, rest, raw: line.slice(m.index) };
  }
  return null;
};
