// A division of work printed one unit a line with no numbers (`二、明确部门责任分工` / `县商务局:负责…。` /
// `县交通运输局:负责…。`): each line is an item of its own, its unit before the colon leading it (as a numbered
// `1.县商务局:…` is read by unit-first.ts). Numbered here so the body reader takes each line as an item.
import type { SourceLine } from './body.js';
import { readHeading, SECTION_KINDS, type Heading } from './numbering.js';
import { opensWithDepartmentLabel, unitFirstClause } from './unit-first.js';
import { isDepartmentLike } from './unit-names.js';
import { DUTY_SPLIT_TITLE } from './duty-split-sentences.js';

/** The verbs a unit's duties open with after its colon (`县教育局:负责…`, `…:牵头…`); notice.ts reads the same. */
export const DUTY_VERBS = ['负责', '牵头', '承担', '会同', '配合', '协助', '指导', '组织'];
/** `X:` then one of `verbs` (a unit, a colon, a duty), the unit matched by the `unit` source given, as group 1. */
// An adverb may come first (`长江海事局:主要负责…`, `X:具体负责…`).
export const unitThenDuty = (unit: string, verbs: readonly string[]): RegExp => new RegExp(`^(${unit})[::]\\s*(?:主要|具体|全面|统一)?(?:${verbs.join('|')})`);
// Work follows the colon: a duty's verb or a verb of work (`县商务局:做好…`), not a field's value (`联系人:张三`).
const DUTY_AFTER = unitThenDuty('[^::]{2,40}', [...DUTY_VERBS, '做好', '抓好', '加强', '推进', '落实']);
// Under a section (一、/(一)/第一章) or at the top: under a `1.` item the lines are that item's own points.

const isUnitDuty = (text: string): boolean => readHeading(text.trim()) === null && DUTY_AFTER.test(text.trim()) && unitFirstClause(text) !== null;
// `村(居)委会:要按照…` (要, then the work) is a line of the division only beside a sibling read above.
const SHOULD_AFTER = unitThenDuty('[^::]{2,40}', ['要']);
// `省卫生厅:根据…,负责…。`, `市委宣传部:把…纳入…。`: a department's name, its colon and ten characters of work with no
// duty verb first: a line of the division too, beside a sibling read above (a run needs one that opens with the verb).
const LABELLED_DUTY = /^[^::,,。;;]{2,40}[::][^::]{10,}/;
const isLabelledDuty = (text: string): boolean => readHeading(text.trim()) === null && LABELLED_DUTY.test(text.trim()) && opensWithDepartmentLabel(text.trim());
const isUnitDutyOrShould = (text: string): boolean =>
  isUnitDuty(text) || isLabelledDuty(text) || (readHeading(text.trim()) === null && SHOULD_AFTER.test(text.trim()) && unitFirstClause(text) !== null);

// The same division with no colon, each paragraph opened by its unit (`区财政局负责…。` / `区环保局要加强…。`): the
// unit, then its verb. Three such paragraphs in a row at least, since one alone may be a sentence of a preamble.
// A regulation's `X应当…` says the same as `X要…`.
const OPENED_BY_UNIT = /^([\u4e00-\u9fff()()]{2,20}?)(?:要|负责|牵头|承担|应当)/;
// Two or three units in a row (`区文明办、区广电局负责…`) open such a paragraph too, each of them a department.
const OPENED_BY_UNITS = /^((?:[\u4e00-\u9fff()()]{2,20}?、){1,2}[\u4e00-\u9fff()()]{2,20}?)(?:要|负责|牵头|承担|应当)/;
const openerIsUnits = (text: string): boolean => {
  const m = OPENED_BY_UNIT.exec(text);
  if (m?.[1] !== undefined && isDepartmentLike(m[1])) return true;
  const n = OPENED_BY_UNITS.exec(text);
  return n?.[1] !== undefined && n[1].split('、').every((u) => isDepartmentLike(u));
};
const isUnitOpened = (text: string): boolean =>
  readHeading(text.trim()) === null && text.trim().length >= 8 && openerIsUnits(text.trim());

// Inside such a division a unit's paragraph may open with its work's first verb instead (`县民政局结合殡葬改革宣传…`,
// `各镇在本级党委统一部署下,…`): a member of a run that has two paragraphs opened the sure way, never a run's only proof,
// and only under a heading that shares the work out (`四、任务分工`).
const OPENED_BY_WORK = /^([\u4e00-\u9fff()()、]{2,20}?)(?:在|结合|按照|根据|做好|加强|开展|组织|建立|落实|会同|督促|派出|安排|抽调|统筹|提供)/;
const isUnitOpenedByWork = (text: string): boolean => {
  const m = OPENED_BY_WORK.exec(text.trim());
  return readHeading(text.trim()) === null && text.trim().length >= 8 && m?.[1] !== undefined && m[1].split('、').every((u) => isDepartmentLike(u));
};

/** A heading that says it shares the work out (`三、工作分工`, `四、任务分工`). */
const sharesWorkOut = (h: Heading | null | undefined): boolean => !!h && DUTY_SPLIT_TITLE.test(h.rest.trim().replace(/[。::]$/, ''));

export const numberUnitDutyLines = (lines: SourceLine[]): SourceLine[] => {
  const numbered = new Map<number, number>();
  // Each line's heading, and the nearest one above it, read once for both kinds of run: asked per run, a long page
  // of duty lines cost its square.
  const headings = lines.map((l) => readHeading(l.text.trim()));
  const headingAbove: (Heading | null)[] = [];
  headings.forEach((h, k) => headingAbove.push(k === 0 ? null : (headings[k - 1] ?? headingAbove[k - 1] ?? null)));
  numberRuns(lines, headingAbove, isUnitDutyOrShould, 2, numbered, isUnitDuty);
  // Paragraphs opened by a unit and its work's verb join a run only under a heading that shares the work out.
  const underSplit = (at: number): boolean => sharesWorkOut(headings[at] ?? headingAbove[at]);
  numberRuns(lines, headingAbove, (t, at) => isUnitOpened(t) || (underSplit(at) && isUnitOpenedByWork(t)), 3, numbered, isUnitOpened, 2);
  if (numbered.size === 0) return lines;
  return lines.map((l, k) => (numbered.has(k) ? { line: l.line, text: `${numbered.get(k) ?? 1}.${l.text.trim()}` } : l));
};

/** Runs of at least `fewest` duty lines under a section (or at the top), one of them `sure`, numbered 1, 2, … into `numbered`. */
const numberRuns = (
  lines: SourceLine[],
  headingAbove: (Heading | null)[],
  isDuty: (text: string, at: number) => boolean,
  fewest: number,
  numbered: Map<number, number>,
  sure: (text: string) => boolean = (text) => isDuty(text, -1),
  sureNeeded = 1,
): void => {
  let i = 0;
  while (i < lines.length) {
    if (numbered.has(i) || !isDuty(lines[i]?.text ?? '', i)) {
      i += 1;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && !numbered.has(end + 1) && isDuty(lines[end + 1]?.text ?? '', end + 1)) end += 1;
    const above = headingAbove[i];
    const held = lines.slice(i, end + 1).filter((l) => sure(l.text)).length >= Math.min(sureNeeded, end - i + 1);
    // `各成员单位主要任务:` just above the run opens a division of its own, even under a `1.` item's points.
    const lead = lines[i - 1]?.text.trim() ?? '';
    const introduced = end - i + 1 >= 3 && readHeading(lead) === null && lead.length <= 30 && /[::]$/.test(lead);
    // Under a heading that says it shares the work out (`三、工作分工`), two such paragraphs already make the division.
    const needed = sharesWorkOut(above) ? Math.min(fewest, 2) : fewest;
    if (held && end - i + 1 >= needed && (!above || SECTION_KINDS.has(above.kind) || introduced)) for (let k = i; k <= end; k += 1) numbered.set(k, k - i + 1);
    i = end + 1;
  }
};
